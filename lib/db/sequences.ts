import type { Tx } from "./prisma";

export type SequenceName = "KPJ" | "NPP" | "VA";

/**
 * Where each counter's numbers start, so issued numbers look like the real
 * ones (no run of leading zeros on a card). Never lower one: numbers already
 * issued would come round again.
 */
export const FIRST_NUMBER: Record<SequenceName, bigint> = {
  KPJ: 2_600_000_001n, // 10-digit payload of an 11-digit KPJ
  NPP: 3_600_001n, // 7-digit payload of an 8-digit NPP
  VA: 1n, // after the 4-digit BJB prefix
};

/**
 * Takes `count` numbers from a counter that never goes back: the row lock
 * serialises concurrent issuers, and numbers of a rolled-back transaction
 * were never issued to anyone. Returns the first number of the block.
 */
export async function takeNumbers(tx: Tx, name: SequenceName, count = 1): Promise<bigint> {
  const row = await tx.numberSequence.upsert({
    where: { name },
    create: { name, last: BigInt(count) },
    update: { last: { increment: BigInt(count) } },
  });
  return FIRST_NUMBER[name] + row.last - BigInt(count);
}
