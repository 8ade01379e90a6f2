// issue 5: the seed:scale totals, checked on a reduced scale (0.01 of Banten:
// 11,767 participants). The full-size run is measured by bench/dashboard.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { NotFreshError, seedScale } from "../../lib/scale/generate";
import { AS_OF, scaleTargets } from "../../lib/scale/targets";
import { activeCompanies, billedVsCollected, participantStats } from "../../lib/stats/queries";
import { bpuCohorts } from "../../lib/stats/retention";
import { programmeFigures, sponsoredByRegency } from "../../lib/stats/sponsorship";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();
const SCALE = 0.01;
const targets = scaleTargets(SCALE);
/** The end of 2016-12-31 in Asia/Jakarta (UTC+7), as the UTC timestamps are stored. */
const END_OF_AS_OF_UTC = "2016-12-31 17:00:00";

describe("seed:scale at 0.01", () => {
  beforeAll(async () => {
    await seedScale(t.url, { scale: SCALE, batchSize: 5_000 });
  }, 120_000);

  it("scales the Banten figures with categories summing to the total", () => {
    expect(targets).toMatchObject({ participants: 11_767, PU: 9_674, BPU: 590, JAKON: 1_503, activeCompanies: 139 });
    expect(scaleTargets(1)).toMatchObject({ participants: 1_176_743, PU: 967_391, BPU: 59_050, JAKON: 150_302, activeCompanies: 13_922 });
    expect(scaleTargets(10)).toMatchObject({
      participants: 11_767_430,
      PU: 9_673_910,
      BPU: 590_500,
      JAKON: 1_503_020,
      activeCompanies: 139_220,
    });
  });

  it("shows exactly the scaled targets on the dashboard as of 2016-12-31", async () => {
    const stats = await participantStats(t.db, { asOf: AS_OF });
    expect(stats.participants).toEqual({ total: targets.participants, PU: targets.PU, BPU: targets.BPU, JAKON: targets.JAKON });
    expect(await activeCompanies(t.db, { asOf: AS_OF })).toBe(targets.activeCompanies);
    expect(stats.byRegency).toHaveLength(8);
    const sum = (key: "total" | "PU" | "BPU" | "JAKON") => stats.byRegency.reduce((s, r) => s + r[key], 0);
    expect({ total: sum("total"), PU: sum("PU"), BPU: sum("BPU"), JAKON: sum("JAKON") }).toEqual(stats.participants);
    for (const regency of stats.byRegency) expect(regency.total).toBeGreaterThan(0);
  });

  it("keeps rollups equal to a naive GROUP BY over the base tables", async () => {
    const naive = await t.db.$queryRawUnsafe<{ regencyCode: string; category: string; count: bigint; active: bigint }[]>(
      `SELECT "regencyCode", "category"::text AS "category", count(*)::bigint AS "count",
         count(*) FILTER (WHERE "status" = 'ACTIVE')::bigint AS "active" FROM "Participant"
       WHERE "status" <> 'REJECTED' AND "createdAt" < $1::timestamp GROUP BY 1, 2`,
      END_OF_AS_OF_UTC,
    );
    const stats = await participantStats(t.db, { asOf: AS_OF });
    for (const row of naive) {
      const regency = stats.byRegency.find((r) => r.code === row.regencyCode);
      expect(regency?.[row.category as "PU"]).toBe(Number(row.count));
    }
    // The seed sets each status once, at creation: active as of the day = ACTIVE now.
    for (const regency of stats.byRegency) {
      const active = naive.filter((row) => row.regencyCode === regency.code).reduce((sum, row) => sum + Number(row.active), 0);
      expect(regency.active).toBe(active);
      expect(regency.active).toBeGreaterThan(0);
    }
    expect(naive.reduce((s, r) => s + Number(r.count), 0)).toBe(targets.participants);
    // Nothing is dated after the day: the figure for a day in 2017 is the same.
    expect((await participantStats(t.db, { asOf: "2017-06-30" })).participants.total).toBe(targets.participants);
    const [companies] = await t.db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*)::bigint AS "count" FROM "Company" WHERE "status" = 'ACTIVE' AND "createdAt" < $1::timestamp`,
      END_OF_AS_OF_UTC,
    );
    expect(Number(companies.count)).toBe(targets.activeCompanies);
  });

  it("bills 12 months with payments, and the billing rollup equals the bills", async () => {
    const rollup = await billedVsCollected(t.db, { from: "2016-01-01", to: "2016-12-31" });
    const months = new Set(rollup.filter((r) => r.category === "PU").map((r) => r.period));
    expect(months.size).toBe(12);
    const [bills] = await t.db.$queryRawUnsafe<{ billed: bigint; collected: bigint; payments: bigint; unpaid: bigint }[]>(
      `SELECT sum("total")::bigint AS billed, sum("paidAmount")::bigint AS collected,
         (SELECT sum("amount") FROM "Payment" p JOIN "Bill" b ON b."id" = p."billId" WHERE b."periodStart" >= '2016-01-01' AND b."periodStart" < '2017-01-01')::bigint AS payments,
         count(*) FILTER (WHERE "status" <> 'PAID')::bigint AS unpaid
       FROM "Bill" WHERE "periodStart" >= '2016-01-01' AND "periodStart" < '2017-01-01'`,
    );
    expect(rollup.reduce((s, r) => s + r.billed, 0n)).toBe(bills.billed);
    expect(rollup.reduce((s, r) => s + r.collected, 0n)).toBe(bills.collected);
    expect(bills.payments).toBe(bills.collected);
    expect(bills.unpaid).toBeGreaterThan(0n);
    expect(bills.collected).toBeLessThan(bills.billed);
    // Bill totals are the sums of their lines.
    const [mismatch] = await t.db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*)::bigint AS "count" FROM "Bill" b
       WHERE b."total" <> (SELECT COALESCE(sum(l."amount"), 0) FROM "BillLine" l WHERE l."billId" = b."id")`,
    );
    expect(mismatch.count).toBe(0n);
  });

  it("writes the ledger the app would: each bill's entries net to what it still owes, and arrears agree", async () => {
    const [ledger] = await t.db.$queryRawUnsafe<{ differing: bigint; arrears: bigint; entries: bigint }[]>(
      `SELECT count(*) FILTER (WHERE owed <> due - paid)::bigint AS differing, SUM(GREATEST(owed, 0))::bigint AS arrears,
         (SELECT count(*) FROM "LedgerEntry")::bigint AS entries
       FROM (SELECT b."total" + b."fineAmount" AS due, b."paidAmount" AS paid,
               COALESCE((SELECT SUM(l."debit" - l."credit") FROM "LedgerEntry" l WHERE l."billId" = b."id"), 0) AS owed
             FROM "Bill" b WHERE b."periodStart" >= '2016-01-01' AND b."periodStart" < '2017-01-01') per_bill`,
    );
    expect(ledger.differing).toBe(0n);
    expect(ledger.entries).toBeGreaterThan(0n);
    const rollup = await billedVsCollected(t.db, { from: "2016-01-01", to: "2016-12-31" });
    expect(rollup.reduce((s, r) => s + r.arrears, 0n)).toBe(ledger.arrears);
  });

  it("advances the number counters past the seeded ranges and refuses a second run", async () => {
    const sequences = await t.db.numberSequence.findMany({ orderBy: { name: "asc" } });
    expect(sequences.find((s) => s.name === "KPJ")?.last).toBe(BigInt(targets.participants));
    expect(sequences.find((s) => s.name === "NPP")?.last).toBe(BigInt(targets.activeCompanies));
    await expect(seedScale(t.url, { scale: SCALE })).rejects.toBeInstanceOf(NotFreshError);
  });

  it("seeds sponsored cover whose dashboard figures equal a naive count over participants and bills", async () => {
    const [naive] = await t.db.$queryRawUnsafe<{ august: bigint; ended: bigint; continued: bigint }[]>(
      `SELECT (SELECT count(*) FROM "SponsoredMonth" m JOIN "Participant" p ON p."id" = m."participantId" WHERE m."period" = '2016-08') AS august,
         (SELECT count(*) FROM "Sponsorship" WHERE "toPeriod" < '2016-12') AS ended,
         (SELECT count(*) FROM "Sponsorship" s WHERE s."toPeriod" < '2016-12' AND EXISTS (
            SELECT 1 FROM "Bill" b WHERE b."participantId" = s."participantId" AND b."status" = 'PAID' AND b."programmeId" IS NULL
              AND b."companyId" IS NULL AND b."projectId" IS NULL AND to_char(b."periodStart", 'YYYY-MM') > s."toPeriod")) AS continued`,
    );
    const byRegency = await sponsoredByRegency(t.db, "2016-08", null);
    expect(Number(naive!.august)).toBeGreaterThan(0);
    expect([...byRegency.values()].reduce((a, b) => a + b, 0)).toBe(Number(naive!.august));
    const [programme] = await programmeFigures(t.db, "2016-12", null);
    expect(programme).toMatchObject({ ended: Number(naive!.ended), continued: Number(naive!.continued) });
    expect(programme!.continued).toBeGreaterThan(0);
  });

  it("keeps BPU retention cohorts equal to a naive count over participants and their paid months", async () => {
    // Paid `months` after the registration month: their own bill, or a sponsor's with a line for them.
    const paidAfter = (months: number) => `EXISTS (SELECT 1 FROM "Bill" b WHERE b."status" = 'PAID'
      AND b."periodStart" = x.cohort + interval '${months} months' AND (b."participantId" = x."id" OR (b."programmeId" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "BillLine" l WHERE l."billId" = b."id" AND l."participantId" = x."id"))))`;
    const naive = await t.db.$queryRawUnsafe<{ cohort: string; participants: bigint; first: bigint; third: bigint }[]>(
      `WITH people AS (
         SELECT p."id", date_trunc('month', p."createdAt" + interval '7 hours')::date AS cohort FROM "Participant" p
         WHERE p."category" = 'BPU' AND p."status" <> 'REJECTED')
       SELECT to_char(x.cohort, 'YYYY-MM') AS cohort, count(*) AS participants,
         count(*) FILTER (WHERE ${paidAfter(1)}) AS first, count(*) FILTER (WHERE ${paidAfter(3)}) AS third
       FROM people x GROUP BY 1 ORDER BY 1`,
    );
    const cohorts = await bpuCohorts(t.db, { from: "2010-01", to: "2016-12" });
    const rolled = [...new Set(cohorts.map((c) => c.cohort))].map((cohort) => {
      const rows = cohorts.filter((c) => c.cohort === cohort);
      const sum = (f: (c: (typeof rows)[number]) => number) => rows.reduce((s, c) => s + f(c), 0);
      return { cohort, participants: sum((c) => c.participants), first: sum((c) => c.paid[1] ?? 0), third: sum((c) => c.paid[3] ?? 0) };
    });
    expect(rolled).toEqual(
      naive.map((r) => ({ cohort: r.cohort, participants: Number(r.participants), first: Number(r.first), third: Number(r.third) })),
    );
    expect(rolled.some((r) => r.third > 0)).toBe(true);
  });
});
