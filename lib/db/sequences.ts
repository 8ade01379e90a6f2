import type { Tx } from "./prisma";

export type SequenceName = "KPJ" | "NPP" | "VA";

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
  return row.last - BigInt(count) + 1n;
}
