// Abuse limits that hold across instances: counters live in PostgreSQL
// (rate-limiter-flexible's Prisma store, table RateLimiterFlexible), not in a
// process, so two app instances behind a load balancer share them.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/prisma";
import { LIMITS, type LimitName } from "./limits";

/** `crossed`: this very use went over the limit (the first refusal of a window or block). */
export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number; crossed?: boolean };

const limiters = new WeakMap<Db, Map<LimitName, RateLimiterPrisma>>();

function limiter(database: Db, name: LimitName): RateLimiterPrisma {
  let byName = limiters.get(database);
  if (!byName) limiters.set(database, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    found = new RateLimiterPrisma({ storeClient: database, tableName: "rateLimiterFlexible", keyPrefix: name, ...LIMITS[name] });
    byName.set(name, found);
  }
  return found;
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Counts one use of `name` by `who`; refused once the window's points are spent. */
export async function consumeLimit(database: Db, name: LimitName, who: string, points = 1): Promise<LimitOutcome> {
  try {
    await limiter(database, name).consume(who, points);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: retryAfter(error), crossed: error.consumedPoints - points <= LIMITS[name].points };
    }
    throw error;
  }
}

/** Whether `who` went over the limit (and is blocked, where the limit blocks), without counting anything. */
export async function limitReached(database: Db, name: LimitName, who: string): Promise<LimitOutcome> {
  const res = await limiter(database, name).get(who);
  if (res && res.consumedPoints > LIMITS[name].points) return { ok: false, retryAfterSeconds: retryAfter(res) };
  return { ok: true };
}

/** Forgets `who`'s count (a successful sign-in clears the failures before it). */
export async function resetLimit(database: Db, name: LimitName, who: string): Promise<void> {
  await limiter(database, name).delete(who);
}
