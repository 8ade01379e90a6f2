import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCredit, billStatusAfterPayment, splitPayment } from "../../lib/domain/ledger";

describe("splitPayment", () => {
  it("pays the bill up to what it needs; the rest is credit, and a paid bill takes nothing", () => {
    expect(splitPayment(16_800n, 16_800n)).toEqual({ applied: 16_800n, excess: 0n });
    expect(splitPayment(16_800n, 16_799n)).toEqual({ applied: 16_799n, excess: 0n });
    expect(splitPayment(16_800n, 33_600n)).toEqual({ applied: 16_800n, excess: 16_800n });
    expect(splitPayment(0n, 5_000n)).toEqual({ applied: 0n, excess: 5_000n });
    expect(() => splitPayment(16_800n, 0n)).toThrow(RangeError);
  });

  it("never loses or makes a rupiah", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -10n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (outstanding, amount) => {
        const { applied, excess } = splitPayment(outstanding, amount);
        return applied + excess === amount && applied >= 0n && excess >= 0n && applied <= (outstanding > 0n ? outstanding : 0n);
      }),
    );
  });
});

describe("allocateCredit", () => {
  it("pays open bills in the order given until the credit runs out, skipping paid ones", () => {
    const bills = [
      { id: "a", outstanding: 10_000n },
      { id: "b", outstanding: 0n },
      { id: "c", outstanding: 8_000n },
      { id: "d", outstanding: 5_000n },
    ];
    expect(allocateCredit(15_000n, bills).map(({ bill, amount }) => [bill.id, amount])).toEqual([
      ["a", 10_000n],
      ["c", 5_000n],
    ]);
    expect(allocateCredit(0n, bills)).toEqual([]);
  });

  it("never allocates more than the credit nor more than a bill needs", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 8n }), { maxLength: 8 }),
        (credit, needs) => {
          const allocations = allocateCredit(
            credit,
            needs.map((outstanding) => ({ outstanding })),
          );
          const total = allocations.reduce((sum, a) => sum + a.amount, 0n);
          return total <= credit && allocations.every((a) => a.amount > 0n && a.amount <= a.bill.outstanding);
        },
      ),
    );
  });
});

describe("billStatusAfterPayment", () => {
  it("is PAID at the amount due, keeps OVERDUE short of it, else PARTIALLY_PAID", () => {
    expect(billStatusAfterPayment("UNPAID", 16_800n, 16_800n)).toBe("PAID");
    expect(billStatusAfterPayment("UNPAID", 1n, 16_800n)).toBe("PARTIALLY_PAID");
    expect(billStatusAfterPayment("OVERDUE", 16_799n, 16_800n)).toBe("OVERDUE");
    expect(billStatusAfterPayment("UNPAID", 0n, 16_800n)).toBe("UNPAID");
  });
});
