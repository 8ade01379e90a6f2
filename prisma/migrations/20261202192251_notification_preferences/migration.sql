-- CreateEnum
CREATE TYPE "TextChannel" AS ENUM ('SMS', 'WHATSAPP');

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "remindersOptOut" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "textChannel" "TextChannel" NOT NULL DEFAULT 'SMS';
