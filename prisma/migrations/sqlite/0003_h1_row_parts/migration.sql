-- One plan row can hold several workouts (Swim, Bike and Run columns; a week-grid row): each is its own import row.
ALTER TABLE "ImportRow" ADD COLUMN "part" INTEGER NOT NULL DEFAULT 0;
DROP INDEX "ImportRow_jobId_athleteId_rowNumber_key";
CREATE UNIQUE INDEX "ImportRow_jobId_athleteId_rowNumber_part_key" ON "ImportRow"("jobId", "athleteId", "rowNumber", "part");
