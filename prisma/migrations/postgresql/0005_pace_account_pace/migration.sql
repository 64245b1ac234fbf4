-- One pace per TrainingPeaks account across instances (lib/limits/database-pace.ts). Unlogged:
-- a pace is worth nothing after a crash, so its many small writes skip the write-ahead log.
CREATE UNLOGGED TABLE "AccountPace" (
    "key" TEXT NOT NULL,
    "nextStartMs" BIGINT NOT NULL DEFAULT 0,
    "pausedUntilMs" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "AccountPace_pkey" PRIMARY KEY ("key")
);
