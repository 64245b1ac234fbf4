CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "athleteId" TEXT NOT NULL,
    "athleteName" TEXT NOT NULL,
    "credential" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "pausedReason" TEXT,
    "runnerId" TEXT,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "athleteId" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "tpWorkoutId" TEXT,
    "rowId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "ImportRow_jobId_status_idx" ON "ImportRow"("jobId", "status");
CREATE UNIQUE INDEX "ImportRow_jobId_rowNumber_key" ON "ImportRow"("jobId", "rowNumber");
CREATE UNIQUE INDEX "LedgerEntry_athleteId_contentKey_key" ON "LedgerEntry"("athleteId", "contentKey");
