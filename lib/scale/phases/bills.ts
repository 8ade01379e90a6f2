// Bills: one per company and month of 2016 (lines per program, summed over
// the company's workers), one per BPU participant and month, one per project.
// What the three kinds share: the statement writing a bill with its lines and
// payment, the amounts paid, and where each kind's virtual accounts start.
import { jpCapFor } from "../../domain/contributions/pu";
import type { SeedContext } from "../context";
import { vaOf } from "../sql";

export const PERIODS = Array.from({ length: 12 }, (_, i) => `2016-${String(i + 1).padStart(2, "0")}`);

/** The JP wage caps of 2016: `capped_a` and `capped_b` of seed_payroll cap wages at these. */
export type JpCaps = { capA: number; capB: number };

/** Virtual account sequences: companies × 12 months, then BPU participants × 12 months, then projects. */
export function vaLayout(seed: SeedContext) {
  const company = 0;
  const bpu = 12 * seed.companies;
  const project = bpu + 12 * seed.targets.BPU;
  return { company, bpu, project, total: project + seed.projects };
}

/** `seed_payroll`: per company and month of 2016, its workers hired by then and their wages (whole and JP-capped). */
export async function createPayroll(seed: SeedContext): Promise<JpCaps> {
  const caps = [...new Set(PERIODS.map((period) => jpCapFor(period)?.cap ?? 0))];
  if (caps.length > 2) throw new Error("seed:scale expects at most two JP wage caps in 2016");
  const [capA, capB = capA] = caps;
  await seed.q(`CREATE TEMP TABLE seed_payroll AS
      WITH hires AS (
        SELECT "companyId" AS company_id, date_trunc('month', "startDate")::date AS month, count(*) AS workers,
          sum("monthlyWage") AS wages, sum(LEAST("monthlyWage", ${capA})) AS capped_a, sum(LEAST("monthlyWage", ${capB})) AS capped_b
        FROM "Employment" GROUP BY 1, 2
      )
      SELECT h.company_id, m.month::date AS month, sum(h.workers)::bigint AS workers, sum(h.wages)::bigint AS wages,
        sum(h.capped_a)::bigint AS capped_a, sum(h.capped_b)::bigint AS capped_b
      FROM hires h JOIN generate_series(date '2016-01-01', date '2016-12-01', interval '1 month') AS m(month) ON h.month <= m.month
      GROUP BY 1, 2`);
  await seed.q(`CREATE INDEX ON seed_payroll (month)`);
  return { capA, capB };
}

/** Fate of a bill from a hash in [0, 100): paid in full, half paid, or unpaid (overdue). */
export const fate = (h: string) => `CASE WHEN ${h} < 90 THEN 'PAID' WHEN ${h} < 93 THEN 'PARTIALLY_PAID' ELSE 'OVERDUE' END`;

/** `inner` (bills with per-program amounts) plus the total, the amount paid by its fate, and a payment day before the due date. */
export const priced = (inner: string) => `
      SELECT a.*, CASE a.status WHEN 'PAID' THEN a.total WHEN 'PARTIALLY_PAID' THEN a.total / 2 ELSE 0 END AS paid,
        (a.due_date - (a.h % 14)::int)::timestamp + interval '3 hours' AS paid_at
      FROM (SELECT i.*, (SELECT sum(e) + sum(w) FROM unnest(i.employer, i.worker) AS x(e, w))::bigint AS total FROM (${inner}) i) a`;

/** The ledger account of a `src` row, as lib/ledger/entries.ts's accountOfBill places a bill. */
const ACCOUNT = `CASE WHEN s.project_id IS NOT NULL THEN 'PROJECT' WHEN s.company_id IS NOT NULL THEN 'COMPANY' ELSE 'PARTICIPANT' END::"LedgerAccountType",
        COALESCE(s.project_id, s.company_id, s.participant_id)`;

/**
 * One statement writing the bills of `source` (see priced), their non-zero
 * lines, a payment for each paid one, and the ledger entries the app writes
 * for them (bill issued, payment; a seeded payment never exceeds its bill).
 */
export const billAndPayments = (source: string) => `
      WITH src AS MATERIALIZED (${source}),
      bills AS (
        INSERT INTO "Bill" ("id", "billingKey", "category", "participantId", "companyId", "projectId", "periodStart", "periodMonths",
          "dueDate", "total", "paidAmount", "status", "paidAt", "virtualAccount", "createdAt")
        SELECT s.id, s.billing_key, s.category::"Category", s.participant_id, s.company_id, s.project_id, s.period_start, 1,
          s.due_date, s.total, s.paid, s.status::"BillStatus", CASE WHEN s.status = 'PAID' THEN s.paid_at END, ${vaOf("s.va_seq")},
          s.period_start::timestamp - interval '6 hours'
        FROM src s
      ), lines AS (
        INSERT INTO "BillLine" ("id", "billId", "program", "participantId", "base", "employerAmount", "workerAmount", "amount")
        SELECT gen_random_uuid(), s.id, l.program::"Program", s.participant_id, l.base, l.employer, l.worker, l.employer + l.worker
        FROM src s CROSS JOIN LATERAL unnest(s.programs, s.bases, s.employer, s.worker) AS l(program, base, employer, worker)
        WHERE l.employer + l.worker > 0
      ), payments AS (
        INSERT INTO "Payment" ("id", "billId", "amount", "bankReference", "virtualAccount", "paidAt", "source", "createdAt")
        SELECT gen_random_uuid(), s.id, s.paid, 'BJB' || to_char(s.paid_at, 'YYMMDD') || lpad(s.va_seq::text, 12, '0'),
          ${vaOf("s.va_seq")}, s.paid_at, 'NOTIFICATION', s.paid_at
        FROM src s WHERE s.paid > 0
        RETURNING "id", "billId", "amount", "createdAt"
      ), issued AS (
        INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "debit", "createdAt")
        SELECT ${ACCOUNT}, 'BILL_ISSUED', s.id, s.total, s.period_start::timestamp - interval '6 hours'
        FROM src s WHERE s.total > 0
      )
      INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "paymentId", "credit", "createdAt")
      SELECT ${ACCOUNT}, 'PAYMENT', s.id, p."id", p."amount", p."createdAt"
      FROM payments p JOIN src s ON s.id = p."billId"`;
