import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runBilling } from "../../lib/billing/run";
import { markOverdue } from "../../lib/billing/overdue";
import { insertBills, type BillDraft } from "../../lib/billing/insert";
import { isWriteConflict } from "../../lib/db/conflicts";
import type { Db } from "../../lib/db/prisma";
import { applyHeldCredits } from "../../lib/ledger/apply-credit";
import { availableCredit, creditBalance, type LedgerAccount } from "../../lib/ledger/entries";
import { applyPayment, type PaymentInput } from "../../lib/payments/apply-payment";
import { exportOwnData } from "../../lib/participants/data-export";
import { reversePayment } from "../../lib/payments/reversal";
import { applyRefund, proposeRefund } from "../../lib/reconciliation/refunds";
import { billedVsCollected } from "../../lib/stats/queries";
import { concurrentClient, setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";
import { runAs, sessionUserOf, succeeded } from "../support/actions";
import { createBranch, createCompany, createStaff } from "../support/records";

const t = setupTestDatabase();
let serial = 0;

function createBpuParticipant(regencyCode = "3672") {
  serial += 1;
  return t.db.participant.create({
    data: {
      kpj: String(40_000_000_000 + serial),
      nik: makeNik("1988-08-08", "M"),
      name: "Peserta Buku Besar",
      birthDate: new Date("1988-08-08"),
      gender: "M",
      category: "BPU",
      status: "ACTIVE",
      channel: "SELF",
      regencyCode,
      declaredIncome: 1_000_000,
      incomeTier: 1_000_000,
      programs: ["JKK", "JKM"],
      paymentPeriodMonths: 1,
      createdAt: new Date("2026-10-10T03:00:00Z"),
    },
  });
}

/** Issues bills through the billing run's own insert (which writes BILL_ISSUED), and returns them. */
async function issue(drafts: Omit<BillDraft, "lines" | "periodMonths">[], totals: number[]) {
  const full: BillDraft[] = drafts.map((draft, i) => ({
    ...draft,
    periodMonths: 1,
    lines: [
      { program: "JKK", participantId: draft.participantId, base: 0, employerAmount: 0, workerAmount: totals[i]!, amount: totals[i]! },
    ],
  }));
  await insertBills(t.db, full, new Date());
  return t.db.bill.findMany({ where: { billingKey: { in: full.map((d) => d.billingKey) } }, orderBy: { billingKey: "asc" } });
}

const bpuDraft = (participantId: string, period: string) => ({
  billingKey: `LEDGER:${participantId}:${period}:${++serial}`,
  category: "BPU" as const,
  participantId,
  companyId: null,
  projectId: null,
  programmeId: null,
  periodStart: `${period}-01`,
  dueDate: `${period}-15`,
});

let referenceSerial = 0;
const newReference = () => `LEDGER-${Date.now()}-${++referenceSerial}`;

/** applyPayment in its own transaction, retried on a lost race like the notification endpoint does. */
async function pay(database: Db, input: Omit<PaymentInput, "paidAt" | "source"> & { source?: PaymentInput["source"] }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.$transaction((tx) =>
        applyPayment(tx, { paidAt: new Date("2026-11-20T03:00:00Z"), source: "NOTIFICATION", ...input }),
      );
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= 3) throw error;
    }
  }
}

const participantAccount = (id: string): LedgerAccount => ({ type: "PARTICIPANT", id });

describe("overpayments become credit, and the billing run spends it", () => {
  it("a second payment to a paid bill is credit, shown in the data download, and pays the next bill", async () => {
    const worker = await createBpuParticipant();
    const [november] = await issue([bpuDraft(worker.id, "2026-11")], [16_800]);
    await pay(t.db, { virtualAccount: november!.virtualAccount, amount: 16_800n, bankReference: newReference() });
    const second = await pay(t.db, { virtualAccount: november!.virtualAccount, amount: 16_800n, bankReference: newReference() });
    expect(second).toMatchObject({ kind: "credited", billStatus: "PAID", paidAmount: 16_800n, overpaid: 16_800n });
    expect(await creditBalance(t.db, participantAccount(worker.id))).toBe(16_800n);

    const data = await exportOwnData(t.db, worker.id, { userId: null });
    expect(data?.creditBalance).toBe(16_800n);
    expect(data?.ledger.map((e) => e.kind)).toEqual(["BILL_ISSUED", "PAYMENT", "OVERPAYMENT_CREDIT"]);

    // December's bill is issued by the billing run and paid from the credit.
    await runBilling(t.db, "2026-12", new Date("2026-12-01T03:00:00Z"));
    const december = await t.db.bill.findFirstOrThrow({ where: { participantId: worker.id, periodStart: new Date("2026-12-01") } });
    expect(december).toMatchObject({ status: "PAID", paidAmount: december.total });
    expect(await creditBalance(t.db, participantAccount(worker.id))).toBe(16_800n - december.total);
    const applied = await t.db.ledgerEntry.findMany({ where: { accountId: worker.id, kind: "CREDIT_APPLIED" } });
    expect(applied.map((e) => [e.billId === december.id, e.debit, e.credit])).toEqual([
      [true, 0n, december.total],
      [false, december.total, 0n],
    ]);
  });

  it("dashboard arrears do not net one worker's overpayment against another's unpaid bill (two BPU workers in Kota Cilegon)", async () => {
    const [payer, debtor] = [await createBpuParticipant("3672"), await createBpuParticipant("3672")];
    const bills = await issue([bpuDraft(payer.id, "2031-05"), bpuDraft(debtor.id, "2031-05")], [16_800, 16_800]);
    const payerBill = bills.find((b) => b.participantId === payer.id)!;
    await pay(t.db, { virtualAccount: payerBill.virtualAccount, amount: 33_600n, bankReference: newReference() });
    const [row] = await billedVsCollected(t.db, { from: "2031-05-01", to: "2031-05-31", regency: "3672" });
    expect(row).toMatchObject({ billed: 33_600n, collected: 16_800n, arrears: 16_800n });
  });

  it("the ledger is append-only in the database", async () => {
    const worker = await createBpuParticipant();
    await issue([bpuDraft(worker.id, "2026-11")], [16_800]);
    await expect(t.db.ledgerEntry.updateMany({ where: { accountId: worker.id }, data: { debit: 1n } })).rejects.toThrow(/append-only/);
    await expect(t.db.ledgerEntry.deleteMany({ where: { accountId: worker.id } })).rejects.toThrow(/append-only/);
    await expect(
      t.db.$executeRawUnsafe(`INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "debit", "credit")
      VALUES ('PARTICIPANT', '${worker.id}', 'PAYMENT', 5, 5)`),
    ).rejects.toThrow(/LedgerEntry_one_side/);
  });
});

/** What the ledger says of every bill and account, set against the bills themselves and the rollups. */
async function checkBooks(accounts: LedgerAccount[]) {
  for (const account of accounts) {
    const entries = await t.db.ledgerEntry.findMany({ where: { accountType: account.type, accountId: account.id } });
    const billIds = [...new Set(entries.flatMap((e) => e.billId ?? []))];
    const bills = await t.db.bill.findMany({ where: { id: { in: billIds } }, include: { payments: true } });
    let owed = 0n;
    for (const bill of bills) {
      const of = entries.filter((e) => e.billId === bill.id);
      const sum = (kinds: string[], side: "debit" | "credit") =>
        of.filter((e) => kinds.includes(e.kind)).reduce((total, e) => total + e[side], 0n);
      expect(sum(["BILL_ISSUED"], "debit")).toBe(bill.total);
      expect(sum(["FINE"], "debit")).toBe(bill.fineAmount);
      const paid = sum(["PAYMENT", "CREDIT_APPLIED"], "credit") - sum(["REVERSAL"], "debit");
      expect(paid).toBe(bill.paidAmount);
      // Never paid above its amount.
      expect(bill.paidAmount <= bill.total + bill.fineAmount).toBe(true);
      expect(bill.status === "PAID").toBe(bill.paidAmount === bill.total + bill.fineAmount);
      owed += bill.total + bill.fineAmount - bill.paidAmount;
      // Every rupiah the bank moved is on the books: applied to this bill or held as credit.
      const received = bill.payments.reduce((total, p) => total + p.amount, 0n);
      const booked = await t.db.ledgerEntry.aggregate({
        where: { paymentId: { in: bill.payments.map((p) => p.id) }, kind: { in: ["PAYMENT", "OVERPAYMENT_CREDIT"] } },
        _sum: { credit: true },
      });
      expect(booked._sum.credit ?? 0n).toBe(received);
    }
    const credit = await creditBalance(t.db, account);
    // Credit can go below zero only when a reversal took back credit that was already spent.
    if (!entries.some((e) => e.kind === "REVERSAL")) expect(credit >= 0n).toBe(true);
    // balance = Σ debits − Σ credits = what the bills still need − the credit held
    const balance = entries.reduce((total, e) => total + e.debit - e.credit, 0n);
    expect(balance).toBe(owed - credit);
  }
  // The rollups equal a naive recomputation from the bills (arrears per bill, never netted).
  const naive = await t.db.$queryRaw<{ n: bigint }[]>`
    WITH b AS (
      SELECT date_trunc('month', "periodStart")::date AS period, "category", SUM("total") AS billed, SUM("fineAmount") AS fines,
        SUM("paidAmount") AS collected FROM "Bill" GROUP BY 1, 2
    ), r AS (
      SELECT "period", "category", SUM("billed") AS billed, SUM("fines") AS fines, SUM("collected") AS collected
      FROM "BillingMonthlyTotals" GROUP BY 1, 2
    )
    SELECT count(*)::bigint AS n FROM b FULL JOIN r USING ("period", "category")
    WHERE b.billed IS DISTINCT FROM r.billed OR b.fines IS DISTINCT FROM r.fines OR b.collected IS DISTINCT FROM r.collected`;
  expect(naive[0]!.n).toBe(0n);
}

type Op =
  | { kind: "issue"; account: number; amount: number }
  | { kind: "pay"; bill: number; amount: number; source: "NOTIFICATION" | "RECONCILIATION" }
  | { kind: "replay"; payment: number }
  | { kind: "duplicates"; bill: number; amount: number }
  | { kind: "overdue"; day: number }
  | { kind: "reverse"; payment: number }
  | { kind: "credits" }
  | { kind: "refund"; account: number; percent: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("issue" as const), account: fc.nat(2), amount: fc.integer({ min: 1, max: 60_000 }) }),
  fc.record({
    kind: fc.constant("pay" as const),
    bill: fc.nat(20),
    amount: fc.integer({ min: 1, max: 80_000 }),
    source: fc.constantFrom("NOTIFICATION" as const, "RECONCILIATION" as const),
  }),
  fc.record({ kind: fc.constant("replay" as const), payment: fc.nat(20) }),
  fc.record({ kind: fc.constant("duplicates" as const), bill: fc.nat(20), amount: fc.integer({ min: 1, max: 40_000 }) }),
  fc.record({ kind: fc.constant("overdue" as const), day: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("reverse" as const), payment: fc.nat(20) }),
  fc.constant({ kind: "credits" as const }),
  fc.record({ kind: fc.constant("refund" as const), account: fc.nat(2), percent: fc.integer({ min: 1, max: 100 }) }),
);

describe("the books balance, whatever happens (fast-check)", () => {
  it("bills, payments, exact replays, simultaneous duplicates, partial payments, overpayments, reversals, reconciliation credits, fines, credit applied and refunds", async () => {
    const branch = await createBranch(t.db, "3672");
    // Refunds: one finance user proposes, another applies.
    const [maker, checker] = [
      sessionUserOf(await createStaff(t.db, "3672", "FINANCE")),
      sessionUserOf(await createStaff(t.db, "3672", "FINANCE")),
    ];
    const concurrent = concurrentClient(t);
    let refunds = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArbitrary, { minLength: 4, maxLength: 14 }), async (ops) => {
          // Each run has its own accounts: two BPU workers and a PU company (fined when late).
          const workers = [await createBpuParticipant(), await createBpuParticipant()];
          const company = await createCompany(t.db, branch.id, { regencyCode: "3672" });
          const accounts: LedgerAccount[] = [...workers.map((w) => participantAccount(w.id)), { type: "COMPANY", id: company.id }];
          const bills: { virtualAccount: string }[] = [];
          const payments: { virtualAccount: string; amount: bigint; bankReference: string }[] = [];
          for (const op of ops) {
            if (op.kind === "issue") {
              const draft =
                op.account < 2
                  ? bpuDraft(workers[op.account]!.id, "2026-09")
                  : { ...bpuDraft(company.id, "2026-09"), category: "PU" as const, participantId: null, companyId: company.id };
              const [bill] = await issue([draft], [op.amount]);
              bills.push(bill!);
            } else if ((op.kind === "pay" || op.kind === "duplicates") && bills.length > 0) {
              const bill = bills[op.bill % bills.length]!;
              const payment = { virtualAccount: bill.virtualAccount, amount: BigInt(op.amount), bankReference: newReference() };
              if (op.kind === "pay") await pay(t.db, { ...payment, source: op.source });
              else await Promise.all([pay(t.db, payment), pay(concurrent.db, payment)]);
              payments.push(payment);
            } else if (op.kind === "replay" && payments.length > 0) {
              const outcome = await pay(t.db, payments[op.payment % payments.length]!);
              expect(outcome.kind).toBe("already_applied");
            } else if (op.kind === "reverse" && payments.length > 0) {
              const { bankReference } = payments[op.payment % payments.length]!;
              await t.db.$transaction((tx) =>
                reversePayment(tx, { bankReference, reason: "uji", now: new Date("2026-11-21T03:00:00Z"), actor: {} }),
              );
            } else if (op.kind === "overdue") {
              await markOverdue(t.db, new Date(Date.UTC(2026, 9, 15 + op.day)));
            } else if (op.kind === "credits") {
              await applyHeldCredits(t.db);
            } else if (op.kind === "refund") {
              const account = accounts[op.account]!;
              const free = await t.db.$transaction((tx) => availableCredit(tx, account));
              if (free > 0n) {
                const amount = (free * BigInt(op.percent)) / 100n || 1n;
                const form = {
                  accountType: account.type,
                  accountId: account.id,
                  amount: Number(amount),
                  bankAccount: "1234567890",
                  bankAccountName: "Uji",
                  reason: "uji",
                };
                const { refundId } = succeeded(await runAs(t.db, proposeRefund, form, { as: maker }));
                succeeded(await runAs(t.db, applyRefund, { refundId }, { as: checker }));
                refunds += 1;
              }
            }
          }
          // Each bank reference is one payment, however often it arrived.
          for (const payment of payments) {
            expect(await t.db.payment.count({ where: { bankReference: payment.bankReference } })).toBe(1);
          }
          await checkBooks(accounts);
        }),
        {
          numRuns: 30,
          // Random runs reach a refund only when an overpayment happens to come first: this one always does.
          examples: [
            [
              [
                { kind: "issue", account: 0, amount: 10_000 },
                { kind: "pay", bill: 0, amount: 30_000, source: "NOTIFICATION" },
                { kind: "refund", account: 0, percent: 50 },
                { kind: "issue", account: 0, amount: 16_800 },
                { kind: "credits" },
              ],
            ],
          ],
        },
      );
      // The runs did pay credit back, not only generate refund steps.
      expect(refunds).toBeGreaterThan(0);
    } finally {
      await concurrent.close();
    }
  }, 240_000);
});
