-- CreateTable
CREATE TABLE "WatchlistSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "publishedAt" TEXT,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,
    "fileHashes" JSONB NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "diff" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "WatchlistEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "snapshotId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    CONSTRAINT "WatchlistEntry_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "WatchlistSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InternalWatchlistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "WatchlistHit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "entryName" TEXT NOT NULL,
    "matchedField" TEXT NOT NULL,
    "matchedValue" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WatchlistHit_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WatchlistSnapshot_source_active_idx" ON "WatchlistSnapshot"("source", "active");

-- CreateIndex
CREATE INDEX "WatchlistEntry_snapshotId_idx" ON "WatchlistEntry"("snapshotId");

-- CreateIndex
CREATE INDEX "WatchlistEntry_entryId_idx" ON "WatchlistEntry"("entryId");

-- CreateIndex
CREATE INDEX "InternalWatchlistItem_active_idx" ON "InternalWatchlistItem"("active");

-- CreateIndex
CREATE INDEX "WatchlistHit_status_createdAt_idx" ON "WatchlistHit"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WatchlistHit_candidateId_entryId_matchedField_key" ON "WatchlistHit"("candidateId", "entryId", "matchedField");

