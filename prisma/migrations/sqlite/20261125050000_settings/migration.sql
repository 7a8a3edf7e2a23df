-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'organisation',
    "organisationName" TEXT NOT NULL,
    "slaCriticalHours" INTEGER NOT NULL,
    "slaHighHours" INTEGER NOT NULL,
    "slaMediumHours" INTEGER NOT NULL,
    "slaLowHours" INTEGER NOT NULL,
    "evidenceMaxMb" INTEGER NOT NULL,
    "evidenceTypes" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

