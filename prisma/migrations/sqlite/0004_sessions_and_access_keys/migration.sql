CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

ALTER TABLE "ImportJob" ADD COLUMN "accessKeyHash" TEXT;
ALTER TABLE "ImportRow" ADD COLUMN "strayWorkoutIds" TEXT;

-- Counts from the old failure-only limiter mean nothing to the new windowed keys.
DELETE FROM "RateLimitBucket";
