// Writes generated bills in bulk: one INSERT … SELECT FROM unnest(…) per
// table and chunk (as lib/db/bulk.ts does for imports), so a run over
// thousands of companies is a few hundred statements, not a few hundred thousand.
import type { Category, Program } from "../db/generated/enums";
import type { Db } from "../db/prisma";
import { takeNumbers } from "../db/sequences";
import { formatVirtualAccount } from "../domain/virtual-account";
import { accountOfBill, recordEntries } from "../ledger/entries";

export interface BillLineDraft {
  program: Program;
  participantId: string | null;
  /** The wage, JP-capped wage or income tier the rate applied to (0 for Jakon: see lib/billing/jakon.ts). */
  base: number;
  employerAmount: number;
  workerAmount: number;
  /** Charged, after any relief. */
  amount: number;
  /** Taken off by a relief, and which one (lib/domain/contributions/relief.ts); none when absent. */
  reliefAmount?: number;
  reliefId?: string | null;
}

export interface BillDraft {
  billingKey: string;
  category: Category;
  participantId: string | null;
  companyId: string | null;
  projectId: string | null;
  /** A sponsor's collective bill (lib/billing/sponsored.ts). */
  programmeId: string | null;
  periodStart: string; // YYYY-MM-DD
  periodMonths: number;
  dueDate: string; // YYYY-MM-DD
  lines: BillLineDraft[];
}

/** Bills per transaction: small enough to keep each transaction well under a second. */
const CHUNK = 500;

/**
 * Inserts the drafts that do not exist yet and returns how many were created
 * and how many were already there. A bill another run inserted first (same
 * billingKey) is skipped by ON CONFLICT DO NOTHING, so two runs of one period
 * at the same time neither fail nor duplicate: the second waits for the
 * first's transaction on the unique index, then skips. Virtual account numbers
 * are taken in a block per chunk before its transaction, so the counter's row
 * lock is held for one statement only (registrations take numbers too); the
 * numbers of skipped bills are never used, which leaves gaps, never repeats.
 */
export async function insertBills(db: Db, drafts: readonly BillDraft[], now: Date): Promise<{ created: number; existing: number }> {
  let created = 0;
  for (let start = 0; start < drafts.length; start += CHUNK) {
    const chunk = drafts.slice(start, start + CHUNK);
    const firstNumber = await takeNumbers(db, "VA", chunk.length);
    const column = <T>(pick: (draft: BillDraft, index: number) => T) => chunk.map(pick);
    created += await db.$transaction(
      async (tx) => {
        const inserted = await tx.$queryRaw<{ id: string; billingKey: string }[]>`
          INSERT INTO "Bill" ("id", "billingKey", "category", "participantId", "companyId", "projectId", "programmeId",
            "periodStart", "periodMonths", "dueDate", "total", "virtualAccount", "createdAt")
          SELECT gen_random_uuid(), u.billing_key, u.category::"Category", u.participant_id, u.company_id, u.project_id,
            u.programme_id, u.period_start, u.period_months, u.due_date, u.total::bigint, u.virtual_account, ${now}
          FROM unnest(${column((d) => d.billingKey)}::text[], ${column((d) => d.category)}::text[],
            ${column((d) => d.participantId)}::uuid[], ${column((d) => d.companyId)}::uuid[],
            ${column((d) => d.projectId)}::uuid[], ${column((d) => d.programmeId)}::uuid[], ${column((d) => d.periodStart)}::date[],
            ${column((d) => d.periodMonths)}::int[], ${column((d) => d.dueDate)}::date[],
            ${column((d) => String(totalOf(d)))}::text[],
            ${column((_, i) => formatVirtualAccount(firstNumber + BigInt(i)))}::text[])
            AS u(billing_key, category, participant_id, company_id, project_id, programme_id, period_start, period_months,
              due_date, total, virtual_account)
          ON CONFLICT ("billingKey") DO NOTHING
          RETURNING "id", "billingKey"`;
        if (inserted.length === 0) return 0;
        const idOf = new Map(inserted.map((row) => [row.billingKey, row.id]));
        // Each bill issued is a debit on its account, in the same transaction.
        await recordEntries(
          tx,
          chunk.flatMap((draft) => {
            const billId = idOf.get(draft.billingKey);
            return billId ? [{ account: accountOfBill(draft), kind: "BILL_ISSUED" as const, billId, debit: totalOf(draft) }] : [];
          }),
        );
        const lines = chunk.flatMap((draft) => {
          const billId = idOf.get(draft.billingKey);
          return billId ? draft.lines.map((line) => ({ billId, ...line })) : [];
        });
        const lineColumn = <T>(pick: (line: (typeof lines)[number]) => T) => lines.map(pick);
        await tx.$executeRaw`
          INSERT INTO "BillLine" ("id", "billId", "program", "participantId", "base", "employerAmount", "workerAmount", "amount",
            "reliefAmount", "reliefId")
          SELECT gen_random_uuid(), u.bill_id, u.program::"Program", u.participant_id, u.base, u.employer_amount,
            u.worker_amount, u.amount, u.relief_amount, u.relief_id
          FROM unnest(${lineColumn((l) => l.billId)}::uuid[], ${lineColumn((l) => l.program)}::text[],
            ${lineColumn((l) => l.participantId)}::uuid[], ${lineColumn((l) => l.base)}::int[],
            ${lineColumn((l) => l.employerAmount)}::int[], ${lineColumn((l) => l.workerAmount)}::int[],
            ${lineColumn((l) => l.amount)}::int[], ${lineColumn((l) => l.reliefAmount ?? 0)}::int[],
            ${lineColumn((l) => l.reliefId ?? null)}::text[])
            AS u(bill_id, program, participant_id, base, employer_amount, worker_amount, amount, relief_amount, relief_id)`;
        return inserted.length;
      },
      { timeout: 60_000 },
    );
  }
  return { created, existing: drafts.length - created };
}

/** A bill's total is the sum of its lines, by construction. */
export function totalOf(draft: BillDraft): bigint {
  return draft.lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);
}
