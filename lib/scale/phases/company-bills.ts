import { JKK_RATE_BP, jpCapFor } from "../../domain/contributions/pu";
import type { SeedContext } from "../context";
import { bp, hash, seedNumber } from "../sql";
import { PERIODS, billAndPayments, fate, priced, vaLayout, type JpCaps } from "./bills";

/** The PU bills of month `m` (1..12): one per company with workers, from its seed_payroll row. */
function companyBillsStatement(seed: SeedContext, period: string, m: number, caps: JpCaps) {
  const capped = jpCapFor(period)?.cap === caps.capA ? "p.capped_a" : "p.capped_b";
  const due = m === 12 ? "2017-01-15" : `2016-${String(m + 1).padStart(2, "0")}-15`;
  const h = hash(`${seedNumber('c."id"')} * 12 + ${m}`, 127);
  return billAndPayments(
    priced(`
          SELECT gen_random_uuid() AS id, 'PU:' || c."id" || ':${period}' AS billing_key, 'PU' AS category,
            NULL::uuid AS participant_id, c."id" AS company_id, NULL::uuid AS project_id,
            date '${period}-01' AS period_start, date '${due}' AS due_date,
            ${vaLayout(seed).company} + ${(m - 1) * seed.companies} + ${seedNumber('c."id"')} AS va_seq,
            ${h} AS h,
            ${fate(`${h} % 100`)} AS status,
            ARRAY['JKK', 'JKM', 'JHT', 'JP'] AS programs,
            ARRAY[p.wages / p.workers, p.wages / p.workers, p.wages / p.workers, ${capped} / p.workers]::int[] AS bases,
            ARRAY[${bp("p.wages", `(ARRAY[${[1, 2, 3, 4, 5].map((r) => JKK_RATE_BP[r as 1]).join(", ")}])[c."riskClass"]`)},
              ${bp("p.wages", 30)}, ${bp("p.wages", 370)}, CASE WHEN c."jpIncluded" THEN ${bp(capped, 200)} ELSE 0 END]::int[] AS employer,
            ARRAY[0, 0, ${bp("p.wages", 200)}, CASE WHEN c."jpIncluded" THEN ${bp(capped, 100)} ELSE 0 END]::int[] AS worker
          FROM seed_payroll p JOIN "Company" c ON c."id" = p.company_id
          WHERE p.month = date '${period}-01'`),
  );
}

/**
 * Month by month, printing the PU bills so far. `inserted` is what the
 * statements reported (their payments), `bills` the PU bills in the table.
 */
export async function seedCompanyBills(seed: SeedContext, caps: JpCaps) {
  let inserted = 0;
  let bills = 0;
  for (const [index, period] of PERIODS.entries()) {
    inserted += await seed.q(companyBillsStatement(seed, period, index + 1, caps));
    bills = await seed.count(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'PU'`);
    seed.log(`  company bills ${period}: ${bills.toLocaleString("en")} bills so far`);
  }
  return { inserted, bills };
}
