// Writing and reading the ledger (model LedgerEntry): one place that knows how a
// bill maps to an account and how balances are summed.
import type { LedgerAccountType, LedgerEntryKind } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";

export type LedgerAccount = { type: LedgerAccountType; id: string };

/**
 * A bill's account: its sponsor's programme (a collective bill), else its construction project, else its company,
 * else its participant (as the rollups place it).
 */
export function accountOfBill(bill: {
  programmeId: string | null;
  projectId: string | null;
  companyId: string | null;
  participantId: string | null;
}): LedgerAccount {
  if (bill.programmeId) return { type: "PROGRAMME", id: bill.programmeId };
  if (bill.projectId) return { type: "PROJECT", id: bill.projectId };
  if (bill.companyId) return { type: "COMPANY", id: bill.companyId };
  if (bill.participantId) return { type: "PARTICIPANT", id: bill.participantId };
  throw new Error("a bill belongs to a participant, a company, a project or a programme");
}

export type NewEntry = {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  billId?: string | null;
  paymentId?: string | null;
  refundId?: string | null;
  /** Exactly one of the two, positive. */
  debit?: bigint;
  credit?: bigint;
};

/** Appends entries inside the caller's transaction; zero amounts are skipped (the table refuses them). */
export async function recordEntries(tx: Tx, entries: readonly NewEntry[]): Promise<void> {
  const rows = entries.filter((entry) => (entry.debit ?? 0n) > 0n || (entry.credit ?? 0n) > 0n);
  if (rows.length === 0) return;
  await tx.ledgerEntry.createMany({
    data: rows.map((entry) => ({
      accountType: entry.account.type,
      accountId: entry.account.id,
      kind: entry.kind,
      billId: entry.billId ?? null,
      paymentId: entry.paymentId ?? null,
      refundId: entry.refundId ?? null,
      debit: entry.debit ?? 0n,
      credit: entry.credit ?? 0n,
    })),
  });
}

/** Credit an account holds: unallocated credits less what was applied or refunded (never below zero in practice). */
export async function creditBalance(database: Db | Tx, account: LedgerAccount): Promise<bigint> {
  const sums = await database.ledgerEntry.aggregate({
    where: { accountType: account.type, accountId: account.id, billId: null },
    _sum: { credit: true, debit: true },
  });
  return (sums._sum.credit ?? 0n) - (sums._sum.debit ?? 0n);
}

/**
 * One movement of an account's held credit at a time (applying it to bills, a
 * refund), until the caller's transaction ends: two would both see the same credit.
 */
export async function lockAccount(tx: Tx, account: LedgerAccount): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ledger:${account.type}:${account.id}`}))`;
}

/** Held credit free to spend: what the account holds less what proposed refunds reserve (take lockAccount first). */
export async function availableCredit(tx: Tx, account: LedgerAccount): Promise<bigint> {
  const held = await creditBalance(tx, account);
  const reserved = await tx.creditRefund.aggregate({
    where: { accountType: account.type, accountId: account.id, status: "PROPOSED" },
    _sum: { amount: true },
  });
  return held - (reserved._sum.amount ?? 0n);
}

/** The same for many accounts of one type at once (an officer's client list). */
export async function creditBalances(database: Db, type: LedgerAccountType, ids: readonly string[]): Promise<Map<string, bigint>> {
  if (ids.length === 0) return new Map();
  const rows = await database.ledgerEntry.groupBy({
    by: ["accountId"],
    where: { accountType: type, accountId: { in: [...ids] }, billId: null },
    _sum: { credit: true, debit: true },
  });
  return new Map(rows.map((row) => [row.accountId, (row._sum.credit ?? 0n) - (row._sum.debit ?? 0n)]));
}
