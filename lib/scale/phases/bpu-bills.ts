import type { SeedContext } from "../context";
import { bp, hash, seedId, seedNumber } from "../sql";
import { billAndPayments, fate, priced, vaLayout } from "./bills";

/**
 * The bills of BPU participants lo..hi (counted from the first BPU) for each
 * month of 2016 from the one they enrolled in: contributions on their income
 * tier, all by the worker. Pending participants never pay; inactive ones stop
 * paying in October.
 */
function bpuBillsStatement(seed: SeedContext, lo: number, hi: number) {
  const { targets } = seed;
  const BPU_FIRST = targets.PU + 1;
  return billAndPayments(
    priced(`
          SELECT gen_random_uuid() AS id, 'BPU:' || x."id" || ':' || to_char(x.period, 'YYYY-MM') AS billing_key, 'BPU' AS category,
            x."id" AS participant_id, NULL::uuid AS company_id, NULL::uuid AS project_id,
            x.period AS period_start, (x.period + interval '1 month' + interval '14 days')::date AS due_date,
            ${vaLayout(seed).bpu} + (x.m - 1) * ${targets.BPU} + (x.n - ${BPU_FIRST} + 1) AS va_seq,
            ${hash("x.n * 12 + x.m", 131)} AS h,
            CASE WHEN x."status" = 'PENDING' OR (x."status" = 'INACTIVE' AND x.m >= 10) THEN 'OVERDUE'
              ELSE ${fate(`${hash("x.n * 12 + x.m", 131)} % 100`)} END AS status,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY['JKK', 'JKM', 'JHT'] ELSE ARRAY['JKK', 'JKM'] END AS programs,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[x."incomeTier", x."incomeTier", x."incomeTier"] ELSE ARRAY[x."incomeTier", x."incomeTier"] END AS bases,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[0, 0, 0] ELSE ARRAY[0, 0] END AS employer,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[${bp('x."incomeTier"', 100)}, 6800, ${bp('x."incomeTier"', 200)}]
              ELSE ARRAY[${bp('x."incomeTier"', 100)}, 6800] END AS worker
          FROM (
            SELECT pa."id", pa."status", pa."programs", pa."incomeTier", ${seedNumber('pa."id"')} AS n, m.m,
              (date '2016-01-01' + (m.m - 1) * interval '1 month')::date AS period
            FROM "Participant" pa CROSS JOIN generate_series(1, 12) AS m(m)
            WHERE pa."id" BETWEEN ${seedId(3, String(BPU_FIRST + lo - 1))} AND ${seedId(3, String(BPU_FIRST + hi - 1))}
              AND date_trunc('month', pa."createdAt" + interval '7 hours') <= date '2016-01-01' + (m.m - 1) * interval '1 month'
          ) x`),
  );
}

export async function seedBpuBills(seed: SeedContext) {
  // A batch of participants × 12 months per statement (~batch bills).
  const bpuStep = Math.max(1, Math.floor(seed.batch / 12));
  await seed.batched("BPU participants billed", seed.targets.BPU, bpuStep, (lo, hi) => bpuBillsStatement(seed, lo, hi));
  return seed.count(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'BPU'`);
}
