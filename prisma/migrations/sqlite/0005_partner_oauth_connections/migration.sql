CREATE TABLE "PartnerConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tpUserId" TEXT NOT NULL,
    "athleteId" TEXT,
    "name" TEXT NOT NULL,
    "isPremium" BOOLEAN,
    "isCoach" BOOLEAN NOT NULL DEFAULT false,
    "rosterCount" INTEGER NOT NULL DEFAULT 0,
    "timeZone" TEXT,
    "status" TEXT NOT NULL,
    "lastVerifiedAt" DATETIME NOT NULL,
    "accessCiphertext" TEXT,
    "refreshCiphertext" TEXT,
    "accessExpiresAt" DATETIME,
    "scope" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartnerConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "PartnerConnection_userId_key" ON "PartnerConnection"("userId");
