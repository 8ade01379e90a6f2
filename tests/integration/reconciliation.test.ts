import { describe, expect, it } from "vitest";
import { applyPayment } from "../../lib/payments/apply-payment";
import { decideAccess } from "../../lib/auth/access";
import {
  applyManualCredit,
  CREDIT_APPLIED_MANUALLY_ACTION,
  paymentsToCheck,
  proposeManualCredits,
} from "../../lib/reconciliation/manual-credits";
import { parseSettlementCsv, reconcile, settlementUpload } from "../../lib/reconciliation/settlement";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createParticipantWithBill, createStaff } from "../support/records";

const t = setupTestDatabase();
const DAY = "2026-11-20";
const at = (time: string) => `${DAY}T${time}+07:00`;

/** BJB's file: a header, the lines, and the trailer with their count and total. */
function settlementCsv(
  lines: [string, string, number, string][],
  trailer = `TRAILER,${lines.length},${lines.reduce((sum, l) => sum + l[2], 0)}`,
) {
  return ["bank reference,virtual account,amount,paid at", ...lines.map((l) => l.join(",")), trailer].join("\n");
}

describe("settlement reconciliation", () => {
  it("parses BJB's file and refuses a malformed one with the line number", () => {
    const ok = parseSettlementCsv(settlementCsv([["REF1", "8812000000000019", 16800, at("10:00:00")]]));
    expect(ok).toEqual({
      ok: true,
      lines: [{ bankReference: "REF1", virtualAccount: "8812000000000019", amount: 16800, paidAt: at("10:00:00") }],
    });
    expect(parseSettlementCsv("a,b\n1,2")).toEqual({ ok: false, error: "headers" });
    // Refused whole without BJB's trailer, or with one that does not match the lines.
    const one: [string, string, number, string][] = [["REF1", "8812000000000019", 16800, at("10:00:00")]];
    expect(parseSettlementCsv(settlementCsv(one, ""))).toEqual({ ok: false, error: "trailer" });
    expect(parseSettlementCsv(settlementCsv(one, "TRAILER,2,16800"))).toEqual({ ok: false, error: "trailer" });
    expect(parseSettlementCsv(settlementCsv(one, "TRAILER,1,16801"))).toEqual({ ok: false, error: "trailer" });
    expect(parseSettlementCsv(settlementCsv(one, "trailer,1,16800")).ok).toBe(true);
    expect(parseSettlementCsv(settlementCsv([["REF1", "123", 16800, at("10:00:00")]]))).toEqual({ ok: false, error: "line", line: 2 });
    expect(parseSettlementCsv(settlementCsv([["REF1", "8812000000000019", 1.5, at("10:00:00")]], "TRAILER,1,2"))).toEqual({
      ok: false,
      error: "line",
      line: 2,
    });
  });

  it("sorts lines into matched, missing in the portal, amount mismatches and missing in the bank, then applies the missing once", async () => {
    const [a, b, c, d] = [
      await createParticipantWithBill(t.db),
      await createParticipantWithBill(t.db),
      await createParticipantWithBill(t.db),
      await createParticipantWithBill(t.db),
    ];
    const credit = (bill: { virtualAccount: string }, ref: string, amount: number, time: string) =>
      t.db.$transaction((tx) =>
        applyPayment(tx, {
          virtualAccount: bill.virtualAccount,
          amount: BigInt(amount),
          paidAt: new Date(at(time)),
          bankReference: ref,
          source: "NOTIFICATION",
        }),
      );
    const refs = { a: `A-${a.bill.id}`, b: `B-${b.bill.id}`, c: `C-${c.bill.id}`, d: `D-${d.bill.id}` };
    await credit(a.bill, refs.a, 16_800, "09:00:00"); // notified and settled
    await credit(c.bill, refs.c, 10_000, "11:00:00"); // notified with another amount than settled
    await credit(d.bill, refs.d, 16_800, "12:00:00"); // notified, not in the bank's file
    const parsed = parseSettlementCsv(
      settlementCsv([
        [refs.a, a.bill.virtualAccount, 16_800, at("09:00:00")],
        [refs.b, b.bill.virtualAccount, 16_800, at("10:30:00")], // settled, never notified
        [refs.c, c.bill.virtualAccount, 16_800, at("11:00:00")],
      ]),
    );
    if (!parsed.ok) throw new Error("parse");
    const result = await reconcile(t.db, DAY, parsed.lines);
    expect(result.matched.map((l) => l.bankReference)).toEqual([refs.a]);
    expect(result.missingInPortal.map((l) => l.bankReference)).toEqual([refs.b]);
    expect(result.amountMismatch).toEqual([{ line: parsed.lines[2], recorded: 10_000 }]);
    expect(result.missingInBank.map((p) => p.bankReference)).toContain(refs.d);
    expect(result.missingInBank.map((p) => p.bankReference)).not.toContain(refs.a);

    // Two-person control: finance of Kota Serang proposes, the proposer cannot apply, finance elsewhere does
    // not find it, a second finance user of the region (or an admin) applies it.
    const [maker, checker, elsewhere] = [
      sessionUserOf(await createStaff(t.db, "3673", "FINANCE")),
      sessionUserOf(await createStaff(t.db, "3673", "FINANCE")),
      sessionUserOf(await createStaff(t.db, "3674", "FINANCE")),
    ];
    const csvText = settlementCsv([
      [refs.a, a.bill.virtualAccount, 16_800, at("09:00:00")],
      [refs.b, b.bill.virtualAccount, 16_800, at("10:30:00")],
      [refs.c, c.bill.virtualAccount, 16_800, at("11:00:00")],
    ]);
    const upload = new FormData();
    upload.set("businessDate", DAY);
    upload.set("file", new File([csvText], "settlement.csv", { type: "text/csv" }));
    const { settlementId } = succeeded(await runAs(t.db, settlementUpload, upload, { as: maker }));
    expect(succeeded(await runAs(t.db, proposeManualCredits, { settlementId }, { as: elsewhere }))).toMatchObject({
      proposed: 0,
      outOfReach: 1,
    });
    expect(succeeded(await runAs(t.db, proposeManualCredits, { settlementId }, { as: maker }))).toMatchObject({
      proposed: 1,
      outOfReach: 0,
    });
    const proposal = await t.db.manualCredit.findUniqueOrThrow({ where: { bankReference: refs.b } });
    expect(proposal).toMatchObject({ status: "PROPOSED", amount: 16_800n, billId: b.bill.id, proposedById: maker.id });
    // Proposing again adds nothing.
    expect(succeeded(await runAs(t.db, proposeManualCredits, { settlementId }, { as: maker }))).toMatchObject({ proposed: 0 });

    expectRefused(await runAs(t.db, applyManualCredit, { creditId: proposal.id }, { as: maker }), {}, "errors.credit.sameApprover");
    expect(await runAs(t.db, applyManualCredit, { creditId: proposal.id }, { as: elsewhere })).toEqual({ denied: "not-found" });
    expect(await t.db.payment.count({ where: { billId: b.bill.id } })).toBe(0);
    expect(succeeded(await runAs(t.db, applyManualCredit, { creditId: proposal.id }, { as: checker }))).toMatchObject({
      outcome: "credited",
    });
    const bill = await t.db.bill.findUniqueOrThrow({ where: { id: b.bill.id }, include: { payments: true } });
    expect(bill).toMatchObject({ status: "PAID", paidAmount: 16_800n });
    expect(bill.payments).toMatchObject([{ source: "RECONCILIATION", bankReference: refs.b }]);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: b.participant.id } })).status).toBe("ACTIVE");
    expect(await t.db.auditLog.findFirst({ where: { action: CREDIT_APPLIED_MANUALLY_ACTION, entityId: proposal.id } })).toMatchObject({
      actorId: checker.id,
    });

    // The notified 10,000 on c's 16,800 bill is flagged for finance of its region, not of another one.
    const accessOf = (user: typeof maker) => {
      const decision = decideAccess("payment.reconcile", { kind: "user", user });
      if (!decision.ok) throw new Error("no access");
      return decision.access;
    };
    expect((await paymentsToCheck(t.db, accessOf(maker))).map((p) => p.bankReference)).toContain(refs.c);
    expect((await paymentsToCheck(t.db, accessOf(elsewhere))).map((p) => p.bankReference)).not.toContain(refs.c);
    expect((await paymentsToCheck(t.db, accessOf(maker))).map((p) => p.bankReference)).not.toContain(refs.a); // exact

    // Applying again (a double click, a second approver) credits nothing twice.
    expect(await runAs(t.db, applyManualCredit, { creditId: proposal.id }, { as: checker })).toEqual({ denied: "not-found" });
    expect(await t.db.payment.count({ where: { billId: b.bill.id } })).toBe(1);
    expect((await reconcile(t.db, DAY, parsed.lines)).matched.map((l) => l.bankReference).sort()).toEqual([refs.a, refs.b].sort());
  });
});
