-- Abuse-limit counters are short-lived and worth nothing after a crash: an
-- UNLOGGED table skips the write-ahead log (no fsync per request). PostgreSQL
-- empties it after a crash, which only resets the counts. Prisma does not
-- model UNLOGGED, so the drift check does not see this.
ALTER TABLE "RateLimiterFlexible" SET UNLOGGED;
