-- The engine claims a job's next pending rows in plan order: the index hands them over in that
-- order, so a claim reads the rows it takes instead of sorting every pending row of the job.
DROP INDEX "ImportRow_jobId_status_idx";
CREATE INDEX "ImportRow_jobId_status_rowNumber_part_idx" ON "ImportRow"("jobId", "status", "rowNumber", "part");
