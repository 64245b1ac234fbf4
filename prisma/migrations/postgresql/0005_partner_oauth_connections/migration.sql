CREATE TABLE "PartnerConnection" (
    "id" TEXT NOT NULL,
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
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL,
    "accessCiphertext" TEXT,
    "refreshCiphertext" TEXT,
    "accessExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PartnerConnection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PartnerConnection_userId_key" ON "PartnerConnection"("userId");
ALTER TABLE "PartnerConnection" ADD CONSTRAINT "PartnerConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
