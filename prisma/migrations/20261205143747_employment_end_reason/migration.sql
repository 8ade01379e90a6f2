-- CreateEnum
CREATE TYPE "EmploymentEndReason" AS ENUM ('RESIGNED', 'LAID_OFF', 'RETIRED', 'DIED');

-- AlterTable
ALTER TABLE "Employment" ADD COLUMN     "endReason" "EmploymentEndReason";
