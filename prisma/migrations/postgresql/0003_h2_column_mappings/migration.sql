CREATE TABLE "ColumnMapping" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "headersKey" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ColumnMapping_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ColumnMapping_userId_headersKey_key" ON "ColumnMapping"("userId", "headersKey");

ALTER TABLE "ColumnMapping" ADD CONSTRAINT "ColumnMapping_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
