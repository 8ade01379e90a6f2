// Held credit paid back (issue 12's REFUND): proposed by finance of the
// account's regency, applied by a second person, reserved meanwhile.
import { describe, expect, it } from "vitest";
import { decideAccess } from "../../lib/auth/access";
import type { SessionUser } from "../../lib/auth/credentials";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { applyHeldCredit } from "../../lib/ledger/apply-credit";
import { availableCredit, creditBalance } from "../../lib/ledger/entries";
import { applyPayment } from "../../lib/payments/apply-payment";
import { reversePayment } from "../../lib/payments/reversal";
import { applyRefund, cancelRefund, creditHolders, proposeRefund, REFUND_APPLIED_ACTION } from "../../lib/reconciliation/refunds";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createParticipantWithBill, createStaff } from "../support/records";

const t = setupTestDatabase();

/** A Kota Serang BPU worker who paid Rp 50.000 on a Rp 16.800 bill: Rp 33.200 held. */
async function overpaid(reference: string) {
  const { participant, bill } = await createParticipantWithBill(t.db);
  await t.db.$transaction((tx) =>
    applyPayment(tx, {
      virtualAccount: bill.virtualAccount,
      amount: 50_000n,
      paidAt: new Date(),
      bankReference: reference,
      source: "NOTIFICATION",
    }),
  );
  return { participant, bill, account: { type: "PARTICIPANT" as const, id: participant.id } };
}

const staff = async (regency: string) => sessionUserOf(await createStaff(t.db, regency, "FINANCE"));
const accessOf = (user: SessionUser) => {
  const decided = decideAccess("payment.reconcile", { kind: "user", user });
  if (!decided.ok) throw new Error("no access");
  return decided.access;
};
const proposal = (accountId: string, amount: number | string) => ({
  accountType: "PARTICIPANT",
  accountId,
  amount,
  bankAccount: "0012 3456 7890",
  bankAccountName: "Peserta Uji",
  reason: "Pindah kerja, minta uang kembali",
});

describe("refunds of held credit", () => {
  it("are proposed in the holder's regency only, within the free credit, and applied by a second person", async () => {
    const { participant, account } = await overpaid("REF-REFUND-1");
    const [maker, checker, elsewhere] = [await staff("3673"), await staff("3673"), await staff("3674")];

    // The holder is listed for finance of Kota Serang, not of Kota Tangerang.
    expect((await creditHolders(t.db, accessOf(maker))).find((h) => h.account.id === participant.id)?.available).toBe(33_200n);
    expect((await creditHolders(t.db, accessOf(elsewhere))).some((h) => h.account.id === participant.id)).toBe(false);
    expect(await runAs(t.db, proposeRefund, proposal(participant.id, 10_000), { as: elsewhere })).toEqual({ denied: "not-found" });

    // More than is held, or a bank account that is not one: a precise message, nothing written.
    expectRefused(await runAs(t.db, proposeRefund, proposal(participant.id, "40.000"), { as: maker }), {
      amount: "errors.refund.exceedsCredit?available=Rp+33.200",
    });
    expectRefused(await runAs(t.db, proposeRefund, { ...proposal(participant.id, 1), bankAccount: "12ab" }, { as: maker }), {
      bankAccount: "errors.refund.bankAccount",
    });
    expect(await t.db.creditRefund.count()).toBe(0);

    const { refundId } = succeeded(await runAs(t.db, proposeRefund, proposal(participant.id, "Rp 20.000"), { as: maker }));
    const stored = await t.db.creditRefund.findUniqueOrThrow({ where: { id: refundId } });
    expect(stored).toMatchObject({ amount: 20_000n, bankAccount: "001234567890", regencyCode: "3673", status: "PROPOSED" });
    // Reserved: still held, no longer free, and a second proposal cannot take it again.
    expect(await creditBalance(t.db, account)).toBe(33_200n);
    expect(await t.db.$transaction((tx) => availableCredit(tx, account))).toBe(13_200n);
    expectRefused(await runAs(t.db, proposeRefund, proposal(participant.id, 13_201), { as: maker }), {
      amount: "errors.refund.exceedsCredit?available=Rp+13.200",
    });

    // Never the proposer, never another regency; the second person of the region applies it, once.
    expectRefused(await runAs(t.db, applyRefund, { refundId }, { as: maker }), {}, "errors.credit.sameApprover");
    expect(await runAs(t.db, applyRefund, { refundId }, { as: elsewhere })).toEqual({ denied: "not-found" });
    succeeded(await runAs(t.db, applyRefund, { refundId }, { as: checker }));
    expect(await runAs(t.db, applyRefund, { refundId }, { as: checker })).toEqual({ denied: "not-found" });

    expect(await creditBalance(t.db, account)).toBe(13_200n);
    const entries = await t.db.ledgerEntry.findMany({ where: { refundId } });
    expect(entries).toMatchObject([{ kind: "REFUND", debit: 20_000n, credit: 0n, billId: null, accountId: participant.id }]);
    expect(await t.db.creditRefund.findUniqueOrThrow({ where: { id: refundId } })).toMatchObject({
      status: "APPLIED",
      decidedById: checker.id,
    });
    expect(await t.db.auditLog.count({ where: { action: REFUND_APPLIED_ACTION, entityId: refundId, actorId: checker.id } })).toBe(1);
  });

  it("keeps a proposed amount from the billing run, and frees it when the proposal is withdrawn", async () => {
    const { participant, account } = await overpaid("REF-REFUND-2");
    const maker = await staff("3673");
    const { refundId } = succeeded(await runAs(t.db, proposeRefund, proposal(participant.id, 30_000), { as: maker }));
    // The next month's bill: the run may spend only the 3.200 that is not reserved.
    const next = await t.db.bill.create({
      data: {
        billingKey: `TEST:${participant.id}:next`,
        category: "BPU",
        participantId: participant.id,
        periodStart: new Date("2026-12-01"),
        periodMonths: 1,
        dueDate: new Date("2027-01-15"),
        total: 16_800n,
        virtualAccount: formatVirtualAccount(59_000_000_000n + BigInt(Date.now() % 1_000_000)),
      },
    });
    expect(await t.db.$transaction((tx) => applyHeldCredit(tx, account))).toBe(3_200n);
    expect((await t.db.bill.findUniqueOrThrow({ where: { id: next.id } })).paidAmount).toBe(3_200n);

    succeeded(await runAs(t.db, cancelRefund, { refundId }, { as: maker }));
    expect(await t.db.creditRefund.findUniqueOrThrow({ where: { id: refundId } })).toMatchObject({ status: "CANCELLED" });
    // Freed: the run now spends it on what the bill still needs.
    expect(await t.db.$transaction((tx) => applyHeldCredit(tx, account))).toBe(13_600n);
    expect((await t.db.bill.findUniqueOrThrow({ where: { id: next.id } })).status).toBe("PAID");
    expect(await creditBalance(t.db, account)).toBe(16_400n);
  });

  it("refuses to apply a refund whose credit the bank took back meanwhile", async () => {
    const { participant, account } = await overpaid("REF-REFUND-3");
    const [maker, checker] = [await staff("3673"), await staff("3673")];
    const { refundId } = succeeded(await runAs(t.db, proposeRefund, proposal(participant.id, 30_000), { as: maker }));
    await t.db.$transaction((tx) =>
      reversePayment(tx, { bankReference: "REF-REFUND-3", reason: "dibatalkan bank", now: new Date(), actor: {} }),
    );
    expect(await creditBalance(t.db, account)).toBe(0n);
    expectRefused(await runAs(t.db, applyRefund, { refundId }, { as: checker }), {}, "errors.refund.creditGone");
    // Nothing was written: the proposal still waits, to be withdrawn.
    expect(await t.db.creditRefund.findUniqueOrThrow({ where: { id: refundId } })).toMatchObject({ status: "PROPOSED" });
    expect(await t.db.ledgerEntry.count({ where: { refundId } })).toBe(0);
  });
});
