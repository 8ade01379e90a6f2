// Registrations that need a human look (issue 5): possible duplicate persons,
// a NIK from outside Banten with a Banten address, a declared income far out
// of range, workers from a spreadsheet that needed many corrections. Flags
// never block a registration; staff decide.
import { BANTEN_PROVINCE_CODE } from "../domain/regions";
import type { Tx } from "../db/prisma";

export const REVIEW_REASONS = [
  "SAME_NAME_AND_BIRTH_DATE",
  "SHARED_PHONE",
  "NIK_OUTSIDE_BANTEN",
  "INCOME_OUT_OF_RANGE",
  "IMPORT_MANY_CORRECTIONS",
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Above this a BPU declaration is unusual enough to check (ours: 5× the top BPU tier, Rp 20,700,000). */
export const INCOME_REVIEW_THRESHOLD = 103_500_000;

export async function reviewReasons(
  tx: Tx,
  p: { id: string; nik: string; name: string; birthDate: Date; phone: string | null; regencyCode: string; declaredIncome: number | null },
): Promise<ReviewReason[]> {
  const reasons: ReviewReason[] = [];
  const [sameNameAndBirth, samePhone] = await Promise.all([
    tx.participant.count({
      where: { id: { not: p.id }, nik: { not: p.nik }, birthDate: p.birthDate, name: { equals: p.name, mode: "insensitive" } },
    }),
    p.phone ? tx.participant.count({ where: { id: { not: p.id }, nik: { not: p.nik }, phone: p.phone } }) : 0,
  ]);
  if (sameNameAndBirth > 0) reasons.push("SAME_NAME_AND_BIRTH_DATE");
  if (samePhone > 0) reasons.push("SHARED_PHONE");
  if (!p.nik.startsWith(BANTEN_PROVINCE_CODE) && p.regencyCode.startsWith(BANTEN_PROVINCE_CODE)) reasons.push("NIK_OUTSIDE_BANTEN");
  if (p.declaredIncome !== null && p.declaredIncome > INCOME_REVIEW_THRESHOLD) reasons.push("INCOME_OUT_OF_RANGE");
  return reasons;
}

/** Opens one review case per reason, inside the registration's transaction. */
export async function openReviewCases(tx: Tx, participant: Parameters<typeof reviewReasons>[1]) {
  const reasons = await reviewReasons(tx, participant);
  if (reasons.length) {
    await tx.reviewCase.createMany({ data: reasons.map((reason) => ({ participantId: participant.id, reason })) });
  }
  return reasons;
}

/**
 * "Many corrections" (ours, no regulation sets it): the bad rows an officer had
 * to fix before a sheet was saved are at least this many and this share of it.
 * Rows fixed again and again are how made-up workers get past the checks.
 */
export const IMPORT_CORRECTIONS_REVIEW = { minRows: 5, minShare: 0.2 } as const;

export function manyImportCorrections(corrections: number, rows: number): boolean {
  return corrections >= IMPORT_CORRECTIONS_REVIEW.minRows && corrections >= rows * IMPORT_CORRECTIONS_REVIEW.minShare;
}

/**
 * Bad rows behind a saved sheet: its own, plus those of the company's checks
 * since its previous save that were never saved (the earlier tries of a
 * sheet being corrected).
 */
export async function importCorrections(
  tx: Tx,
  batch: { id: string; companyId: string; errorRows: number; createdAt: Date },
): Promise<number> {
  const previousSave = await tx.importBatch.findFirst({
    where: { companyId: batch.companyId, status: "SAVED", id: { not: batch.id }, createdAt: { lt: batch.createdAt } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const earlier = await tx.importBatch.aggregate({
    where: {
      companyId: batch.companyId,
      status: "VALIDATED",
      createdAt: { lt: batch.createdAt, ...(previousSave ? { gt: previousSave.createdAt } : {}) },
    },
    _sum: { errorRows: true },
  });
  return batch.errorRows + (earlier._sum.errorRows ?? 0);
}

/** After a sheet is saved: one review case per worker it created when it needed many corrections. */
export async function openImportReviewCases(
  tx: Tx,
  batch: Parameters<typeof importCorrections>[1] & { totalRows: number },
  createdIds: string[],
) {
  if (!createdIds.length) return 0;
  const corrections = await importCorrections(tx, batch);
  if (!manyImportCorrections(corrections, batch.totalRows)) return 0;
  const reason: ReviewReason = "IMPORT_MANY_CORRECTIONS";
  await tx.reviewCase.createMany({ data: createdIds.map((participantId) => ({ participantId, reason })) });
  return createdIds.length;
}
