import type { SeedContext } from "../context";
import { seedId, seedNumber } from "../sql";

/** BPU participants a sponsor pays for, one in this many: about 15,000 at scale 1, Banten's sponsored count of 2025 (issue 16). */
const SPONSORED_EVERY = 4;
/** Of those, one in this many had their sponsorship end in June (the rest run to December): the "went on paying" figure reads them. */
const ENDED_EVERY = 2;
/** Monthly cost of one sponsored person (JKK + JKM on the lowest income base, docs/domain.md). */
const MONTHLY_COST = 16_800;

/**
 * Sponsored cover for the dashboard's figures at scale (issue 16): one province programme paying for every fourth BPU
 * participant in 2016, from the month they enrolled, each month a row of SponsoredMonth, and one collective bill per
 * month, paid. Their own BPU bills stay as seeded: the dashboard reads sponsored months and programme bills, not who
 * paid which month.
 */
export async function seedSponsorships(seed: SeedContext) {
  const { targets } = seed;
  const BPU_FIRST = targets.PU + 1;
  const sponsor = seedId(9, "1");
  const programme = seedId(10, "1");
  await seed.q(`INSERT INTO "Sponsor" ("id", "name", "kind") VALUES (${sponsor}, 'Pemerintah Provinsi Banten', 'PROVINCE')`);
  await seed.q(
    `INSERT INTO "SponsorProgramme" ("id", "sponsorId", "name", "legalBasis", "funding", "budgetYear", "ceiling", "fromPeriod", "toPeriod",
       "regencyCodes", "occupations")
     VALUES (${programme}, ${sponsor}, 'Perlindungan Pekerja Rentan', 'Pergub Banten (skala)', 'APBD', 2016, ${targets.BPU * MONTHLY_COST * 12},
       '2016-01', '2016-12', '{}', '{}')`,
  );
  // The bills were just written: without fresh statistics the planner takes the table for empty and scans it per person.
  await seed.q(`ANALYZE "Bill"`);
  const step = Math.max(1, Math.floor(seed.batch / 12));
  await seed.batched("BPU participants sponsored", targets.BPU, step, (lo, hi) => {
    const first = seedId(3, String(BPU_FIRST + lo - 1));
    const last = seedId(3, String(BPU_FIRST + hi - 1));
    return `
      WITH chosen AS (
        SELECT pa."id", pa."regencyCode", ${seedNumber('pa."id"')} AS n,
          greatest(date '2016-01-01', date_trunc('month', pa."createdAt" + interval '7 hours')::date) AS from_month
        FROM "Participant" pa
        WHERE pa."id" BETWEEN ${first} AND ${last} AND ${seedNumber('pa."id"')} % ${SPONSORED_EVERY} = 0
      ), spans AS (
        SELECT "id", "regencyCode", from_month, CASE WHEN n % ${SPONSORED_EVERY * ENDED_EVERY} = 0 THEN date '2016-06-01' ELSE date '2016-12-01' END AS to_month
        FROM chosen
      ), made AS (
        INSERT INTO "Sponsorship" ("id", "programmeId", "participantId", "fromPeriod", "toPeriod", "committed", "regencyCode", "continuedAt")
        SELECT gen_random_uuid(), ${programme}, sp."id", to_char(from_month, 'YYYY-MM'), to_char(to_month, 'YYYY-MM'),
          ((extract(year FROM age(to_month, from_month)) * 12 + extract(month FROM age(to_month, from_month)) + 1) * ${MONTHLY_COST})::bigint,
          sp."regencyCode",
          -- What the trigger on Bill keeps for the app: the seeded bills came first, so it is worked out here.
          (SELECT min(b."paidAt") FROM "Bill" b WHERE b."participantId" = sp."id" AND b."status" = 'PAID' AND b."programmeId" IS NULL
             AND b."companyId" IS NULL AND b."projectId" IS NULL AND b."periodStart" > to_month)
        FROM spans sp WHERE from_month <= to_month
        RETURNING "id", "participantId", "fromPeriod", "toPeriod", "regencyCode"
      )
      INSERT INTO "SponsoredMonth" ("participantId", "period", "sponsorshipId", "regencyCode")
      SELECT m."participantId", to_char(g, 'YYYY-MM'), m."id", m."regencyCode"
      FROM made m CROSS JOIN LATERAL generate_series(to_date(m."fromPeriod", 'YYYY-MM'), to_date(m."toPeriod", 'YYYY-MM'), interval '1 month') g`;
  });
  return seed.count(`SELECT count(*) FROM "Sponsorship"`);
}
