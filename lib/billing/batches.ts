// The shape every category's part of a billing run shares: candidates read in
// id order, a batch at a time (memory stays flat at any size); those whose bill
// already exists are counted, not billed again; the rest are drafted and
// inserted in bulk.
import type { Db } from "../db/prisma";
import { addCounts, noCounts, type CategoryCounts } from "./counts";
import { insertBills, type BillDraft } from "./insert";

export interface CategoryBilling<T extends { id: string }> {
  /** Up to `take` candidates with an id after `after`, in id order. */
  read(after: string | undefined, take: number): Promise<T[]>;
  /** The bill a candidate would get this period, or null when it is not due. */
  billingKey(candidate: T): string | null;
  /** Bills for the candidates not billed yet; `skipped` counts those whose data gives no contribution. */
  draft(candidates: T[]): Promise<{ drafts: BillDraft[]; skipped: number }> | { drafts: BillDraft[]; skipped: number };
}

export async function billInBatches<T extends { id: string }>(
  db: Db,
  now: Date,
  batchSize: number,
  category: CategoryBilling<T>,
): Promise<CategoryCounts> {
  const counts = noCounts();
  for (let after: string | undefined; ;) {
    const candidates = await category.read(after, batchSize);
    if (candidates.length === 0) return counts;
    after = candidates.at(-1)!.id;

    const due = candidates.flatMap((candidate) => {
      const key = category.billingKey(candidate);
      return key === null ? [] : [{ candidate, key }];
    });
    const existing = new Set(
      (await db.bill.findMany({ where: { billingKey: { in: due.map((d) => d.key) } }, select: { billingKey: true } })).map(
        (bill) => bill.billingKey,
      ),
    );
    const { drafts, skipped } = await category.draft(due.filter((d) => !existing.has(d.key)).map((d) => d.candidate));
    addCounts(counts, { existing: existing.size, skipped });
    addCounts(counts, await insertBills(db, drafts, now));
  }
}
