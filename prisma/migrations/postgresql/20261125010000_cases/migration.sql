-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'in_review', 'awaiting_approval', 'decided', 'reopened');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('cleared', 'rejected', 'escalated', 'reported');

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "priority" INTEGER NOT NULL,
    "band" "Band" NOT NULL,
    "openReason" TEXT NOT NULL,
    "openedById" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" TEXT,
    "openedScoreId" TEXT NOT NULL,
    "latestScoreId" TEXT NOT NULL,
    "ruleFamilies" TEXT NOT NULL DEFAULT '',
    "outcome" "CaseOutcome",
    "reasonCode" TEXT,
    "rationale" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "pendingOutcome" "CaseOutcome",
    "pendingReasonCode" TEXT,
    "pendingRationale" TEXT,
    "pendingById" TEXT,
    "pendingAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvidence" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "uploaderId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_status_priority_openedAt_idx" ON "Case"("status", "priority", "openedAt");

-- CreateIndex
CREATE INDEX "Case_candidateId_idx" ON "Case"("candidateId");

-- CreateIndex
CREATE INDEX "Case_assigneeId_status_idx" ON "Case"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Case_dueAt_idx" ON "Case"("dueAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvidence_storageKey_key" ON "CaseEvidence"("storageKey");

-- CreateIndex
CREATE INDEX "CaseEvidence_caseId_idx" ON "CaseEvidence"("caseId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvidence" ADD CONSTRAINT "CaseEvidence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvidence" ADD CONSTRAINT "CaseEvidence_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One undecided case per candidate, enforced by the database as well as the data layer.
CREATE UNIQUE INDEX "Case_one_undecided_per_candidate" ON "Case"("candidateId") WHERE "status" <> 'decided';
