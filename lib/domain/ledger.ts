/**
 * How money received is split between a bill and the account's credit, and how
 * held credit pays open bills. Money the bank says it moved is never refused:
 * what a bill does not need becomes credit on the account (issue 12). Whole
 * rupiah as bigint, so sums of many payments stay exact.
 */

/** A payment against a bill that still needs `outstanding`: what pays the bill, and what is left over as credit. */
export function splitPayment(outstanding: bigint, amount: bigint): { applied: bigint; excess: bigint } {
  if (amount <= 0n) throw new RangeError(`a payment must be positive: ${amount}`);
  const applied = outstanding <= 0n ? 0n : amount < outstanding ? amount : outstanding;
  return { applied, excess: amount - applied };
}

/**
 * Held credit spread over open bills in the order given (oldest due first):
 * each bill takes what it still needs until the credit runs out.
 */
export function allocateCredit<T extends { outstanding: bigint }>(credit: bigint, bills: readonly T[]): { bill: T; amount: bigint }[] {
  const allocations: { bill: T; amount: bigint }[] = [];
  let left = credit;
  for (const bill of bills) {
    if (left <= 0n) break;
    if (bill.outstanding <= 0n) continue;
    const amount = bill.outstanding < left ? bill.outstanding : left;
    allocations.push({ bill, amount });
    left -= amount;
  }
  return allocations;
}

/** Bill statuses (the database enum's values). */
export type BillState = "UNPAID" | "PARTIALLY_PAID" | "PAID" | "OVERDUE";

/**
 * The status once `paidAmount` is paid against `due`. Paid in full is PAID.
 * Short of that, a bill already OVERDUE stays OVERDUE (the fine keeps running
 * and the overdue lists must keep showing it); any other bill with money in it
 * is PARTIALLY_PAID.
 */
export function billStatusAfterPayment(previous: BillState, paidAmount: bigint, due: bigint): BillState {
  if (paidAmount >= due) return "PAID";
  if (previous === "OVERDUE") return "OVERDUE";
  return paidAmount > 0n ? "PARTIALLY_PAID" : previous;
}

/**
 * The status of a bill a reversal took money back from: PAID only if still paid
 * in full; short of that OVERDUE once past its last day to pay, else
 * PARTIALLY_PAID with money left in it, else UNPAID.
 */
export function billStatusAfterReversal(paidAmount: bigint, due: bigint, late: boolean): BillState {
  if (paidAmount >= due) return "PAID";
  if (late) return "OVERDUE";
  return paidAmount > 0n ? "PARTIALLY_PAID" : "UNPAID";
}
