// Registrations that need a human look (issue 5): possible duplicate persons,
// a NIK from outside Banten with a Banten address, a declared income far out
// of range. Flags never block a registration; staff decide.
import { BANTEN_PROVINCE_CODE } from "../domain/regions";
import type { Tx } from "../db/prisma";

export const REVIEW_REASONS = ["SAME_NAME_AND_BIRTH_DATE", "SHARED_PHONE", "NIK_OUTSIDE_BANTEN", "INCOME_OUT_OF_RANGE"] as const;
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
