-- AlterEnum
ALTER TYPE "Channel" ADD VALUE 'EMPLOYER';
