ALTER TABLE "ImportJob" ADD COLUMN "cancelRequested" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ImportRow" ADD COLUMN "athleteId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ImportRow" ADD COLUMN "athleteName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ImportRow" ADD COLUMN "duplicateOf" TEXT;
UPDATE "ImportRow" SET "athleteId" = "ImportJob"."athleteId", "athleteName" = "ImportJob"."athleteName" FROM "ImportJob" WHERE "ImportJob"."id" = "ImportRow"."jobId";
DROP INDEX "ImportRow_jobId_rowNumber_key";
CREATE UNIQUE INDEX "ImportRow_jobId_athleteId_rowNumber_key" ON "ImportRow"("jobId", "athleteId", "rowNumber");
