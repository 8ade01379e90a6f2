import { describe, expect, it } from "vitest";
import { applyPayment } from "../../lib/payments/apply-payment";
import { applyMissingPayments } from "../../lib/reconciliation/apply";
import { parseSettlementCsv, reconcile } from "../../lib/reconciliation/settlement";
import { setupTestDatabase } from "../support/database";
import { createParticipantWithBill } from "../support/records";

const t = setupTestDatabase();
const DAY = "2026-11-20";
const at = (time: string) => `${DAY}T${time}+07:00`;

function settlementCsv(lines: [string, string, number, string][]) {
  return ["bank reference,virtual account,amount,paid at", ...lines.map((l) => l.join(","))].join("\n");
}

describe("settlement reconciliation", () => {
  it("parses BJB's file and refuses a malformed one with the line number", () => {
    const ok = parseSettlementCsv(settlementCsv([["REF1", "8812000000000019", 16800, at("10:00:00")]]));
    expect(ok).toEqual({
      ok: true,
      lines: [{ bankReference: "REF1", virtualAccount: "8812000000000019", amount: 16800, paidAt: at("10:00:00") }],
    });
    expect(parseSettlementCsv("a,b\n1,2")).toEqual({ ok: false, error: "headers" });
    expect(parseSettlementCsv(settlementCsv([["REF1", "123", 16800, at("10:00:00")]]))).toEqual({ ok: false, error: "line", line: 2 });
    expect(parseSettlementCsv(settlementCsv([["REF1", "8812000000000019", 1.5, at("10:00:00")]]))).toEqual({
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

    const applied = await applyMissingPayments(t.db, result.missingInPortal, { userId: null });
    expect(applied).toEqual([{ bankReference: refs.b, kind: "credited" }]);
    const bill = await t.db.bill.findUniqueOrThrow({ where: { id: b.bill.id }, include: { payments: true } });
    expect(bill).toMatchObject({ status: "PAID", paidAmount: 16_800n });
    expect(bill.payments).toMatchObject([{ source: "RECONCILIATION", bankReference: refs.b }]);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: b.participant.id } })).status).toBe("ACTIVE");

    // Applying again, or the late notification, credits nothing twice.
    expect(await applyMissingPayments(t.db, result.missingInPortal, { userId: null })).toEqual([
      { bankReference: refs.b, kind: "already_applied" },
    ]);
    expect(await t.db.payment.count({ where: { billId: b.bill.id } })).toBe(1);
    expect((await reconcile(t.db, DAY, parsed.lines)).matched.map((l) => l.bankReference).sort()).toEqual([refs.a, refs.b].sort());
  });
});
