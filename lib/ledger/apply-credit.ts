// Credit held on an account (an overpayment) pays its open bills, oldest due
// first: the billing run does this after issuing the month's bills, so a worker
// who paid too much pays less next time.
import { recordAudits } from "../audit/record";
import type { BillStatus } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";
import { allocateCredit, billStatusAfterPayment } from "../domain/ledger";
import { availableCredit, type LedgerAccount, lockAccount, recordEntries } from "./entries";

export const CREDIT_APPLIED_ACTION = "bill.credit_applied";

type OpenBill = { id: string; status: BillStatus; paidAmount: bigint; total: bigint; fineAmount: bigint };

const ACCOUNT_COLUMN = { PARTICIPANT: "participantId", COMPANY: "companyId", PROJECT: "projectId", PROGRAMME: "programmeId" } as const;

/** Applies what the account holds to its open bills, inside the caller's transaction; returns the amount applied. */
export async function applyHeldCredit(tx: Tx, account: LedgerAccount): Promise<bigint> {
  await lockAccount(tx, account);
  // What a proposed refund reserves is not spent on bills meanwhile.
  const credit = await availableCredit(tx, account);
  if (credit <= 0n) return 0n;
  const column = ACCOUNT_COLUMN[account.type];
  // Locked like a payment locks its bill; a project's or company's bills only, never a worker's own through them.
  const bills = await tx.$queryRawUnsafe<OpenBill[]>(
    `SELECT "id", "status", "paidAmount", "total", "fineAmount" FROM "Bill"
     WHERE "${column}" = $1::uuid AND "status" <> 'PAID'
       ${account.type === "PARTICIPANT" ? `AND "companyId" IS NULL AND "projectId" IS NULL AND "programmeId" IS NULL` : ""}
       ${account.type === "COMPANY" ? `AND "projectId" IS NULL` : ""}
     ORDER BY "dueDate", "id" FOR NO KEY UPDATE`,
    account.id,
  );
  const allocations = allocateCredit(
    credit,
    bills.map((bill) => ({ ...bill, outstanding: bill.total + bill.fineAmount - bill.paidAmount })),
  );
  for (const { bill, amount } of allocations) {
    const paidAmount = bill.paidAmount + amount;
    const status = billStatusAfterPayment(bill.status, paidAmount, bill.total + bill.fineAmount);
    await tx.bill.update({ where: { id: bill.id }, data: { paidAmount, status, ...(status === "PAID" ? { paidAt: new Date() } : {}) } });
  }
  await recordEntries(
    tx,
    allocations.flatMap(({ bill, amount }) => [
      // The bill is paid from the credit: a credit on the bill, a debit on the account's held credit.
      { account, kind: "CREDIT_APPLIED" as const, billId: bill.id, credit: amount },
      { account, kind: "CREDIT_APPLIED" as const, debit: amount },
    ]),
  );
  await recordAudits(
    tx,
    {},
    allocations.map(({ bill, amount }) => ({
      action: CREDIT_APPLIED_ACTION,
      entity: "Bill",
      entityId: bill.id,
      before: { status: bill.status, paidAmount: bill.paidAmount.toString() },
      after: { amount: amount.toString(), paidAmount: (bill.paidAmount + amount).toString() },
    })),
  );
  return allocations.reduce((sum, { amount }) => sum + amount, 0n);
}

/** Every account holding credit, its credit applied to its open bills: one transaction per account. */
export async function applyHeldCredits(db: Db): Promise<{ accounts: number; applied: bigint }> {
  const holders = await db.$queryRaw<LedgerAccount[]>`
    SELECT "accountType" AS "type", "accountId" AS "id" FROM "LedgerEntry" WHERE "billId" IS NULL
    GROUP BY "accountType", "accountId" HAVING SUM("credit") - SUM("debit") > 0`;
  let applied = 0n;
  let accounts = 0;
  for (const account of holders) {
    const amount = await db.$transaction((tx) => applyHeldCredit(tx, account));
    if (amount > 0n) accounts += 1;
    applied += amount;
  }
  return { accounts, applied };
}
