-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "jpIncluded" BOOLEAN NOT NULL DEFAULT true;
