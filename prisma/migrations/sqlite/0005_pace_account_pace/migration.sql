-- One pace per TrainingPeaks account across instances (lib/limits/database-pace.ts).
CREATE TABLE "AccountPace" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nextStartMs" BIGINT NOT NULL DEFAULT 0,
    "pausedUntilMs" BIGINT NOT NULL DEFAULT 0
);
