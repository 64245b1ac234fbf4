CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "athleteId" TEXT NOT NULL,
    "athleteName" TEXT NOT NULL,
    "credential" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "pausedReason" TEXT,
    "runnerId" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "workoutDay" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "workoutJson" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "tpWorkoutId" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "athleteId" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "tpWorkoutId" TEXT,
    "rowId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImportRow_jobId_status_idx" ON "ImportRow"("jobId", "status");
CREATE UNIQUE INDEX "ImportRow_jobId_rowNumber_key" ON "ImportRow"("jobId", "rowNumber");
CREATE UNIQUE INDEX "LedgerEntry_athleteId_contentKey_key" ON "LedgerEntry"("athleteId", "contentKey");

ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
