CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "TrainingPeaksConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cookieCiphertext" TEXT NOT NULL,
    "cookieLast4" TEXT NOT NULL,
    "tpUserId" TEXT NOT NULL,
    "athleteId" TEXT,
    "name" TEXT NOT NULL,
    "isPremium" BOOLEAN,
    "isCoach" BOOLEAN NOT NULL DEFAULT false,
    "rosterCount" INTEGER NOT NULL DEFAULT 0,
    "timeZone" TEXT,
    "status" TEXT NOT NULL,
    "lastVerifiedAt" DATETIME NOT NULL,
    "tokenCiphertext" TEXT,
    "tokenExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingPeaksConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

ALTER TABLE "ImportJob" ADD COLUMN "userId" TEXT;

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "TrainingPeaksConnection_userId_key" ON "TrainingPeaksConnection"("userId");
CREATE INDEX "ImportJob_userId_idx" ON "ImportJob"("userId");
