-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" TEXT NOT NULL DEFAULT 'organisation',
    "organisationName" TEXT NOT NULL,
    "slaCriticalHours" INTEGER NOT NULL,
    "slaHighHours" INTEGER NOT NULL,
    "slaMediumHours" INTEGER NOT NULL,
    "slaLowHours" INTEGER NOT NULL,
    "evidenceMaxMb" INTEGER NOT NULL,
    "evidenceTypes" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);

