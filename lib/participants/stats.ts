import type { Db } from "../db/prisma";

/** Headline counts within a staff member's region (null = all of Banten). */
export async function participantCounts(database: Db, regionCode: string | null) {
  const where = regionCode ? { regencyCode: regionCode } : {};
  const [total, pending] = await Promise.all([
    database.participant.count({ where }),
    database.participant.count({ where: { ...where, status: "PENDING" } }),
  ]);
  return { total, pending };
}
