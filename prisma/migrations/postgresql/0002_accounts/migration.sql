CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrainingPeaksConnection" (
    "id" TEXT NOT NULL,
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
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL,
    "tokenCiphertext" TEXT,
    "tokenExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "TrainingPeaksConnection_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

ALTER TABLE "ImportJob" ADD COLUMN "userId" TEXT;

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "TrainingPeaksConnection_userId_key" ON "TrainingPeaksConnection"("userId");
CREATE INDEX "ImportJob_userId_idx" ON "ImportJob"("userId");

ALTER TABLE "TrainingPeaksConnection" ADD CONSTRAINT "TrainingPeaksConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
