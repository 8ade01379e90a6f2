import { notifyReviewOutcome } from "../messages/notify";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { regionScope, type RegionScope } from "../auth/scope";
import type { Prisma } from "../db/generated/client";
import type { Db, Tx } from "../db/prisma";
import { NotFound } from "../failures";
import { text } from "../validation/person";

/** Staff see the cases of their region; null = all of Banten (admin, provincial staff). */
const inRegion = (scope: RegionScope): Prisma.ReviewCaseWhereInput =>
  scope.regionCode ? { participant: { regencyCode: scope.regionCode } } : {};

export const decisionSchema = z.object({
  caseId: z.uuid("errors.invalid"),
  decision: z.enum(["APPROVED", "REJECTED"], "errors.invalid"),
  note: text(300, "errors.review.note"),
});

/** Not open, or in another region. */
export class ReviewCaseNotFound extends NotFound {}

/** Staff decide a case of their region. */
export const reviewDecision = defineAction({
  permission: "review.decide",
  input: decisionSchema,
  handler: (input, { tx, access, actor, user, now }) =>
    decideReviewCase(tx, regionScope(access), input, { ...actor, userId: user.id }, now),
  revalidate: () => ["/dashboard/tinjauan"],
});

export function openCases(database: Db, scope: RegionScope) {
  return database.reviewCase.findMany({
    where: { status: "OPEN", ...inRegion(scope) },
    orderBy: { createdAt: "asc" },
    take: 100,
    include: {
      participant: {
        select: { id: true, name: true, nik: true, kpj: true, birthDate: true, phone: true, regencyCode: true, channel: true },
      },
    },
  });
}

/**
 * Approve or reject a case with a reason. Rejecting rejects the registration
 * (the dashboards' rollups follow by trigger) and closes the participant's
 * other open cases; every decision is in the audit log.
 */
export async function decideReviewCase(
  tx: Tx,
  scope: RegionScope,
  input: z.output<typeof decisionSchema>,
  actor: AuditActor & { userId: string },
  now = new Date(),
) {
  const found = await tx.reviewCase.findFirst({
    where: { id: input.caseId, status: "OPEN", ...inRegion(scope) },
    include: { participant: true },
  });
  if (!found) throw new ReviewCaseNotFound();
  const decided = { status: input.decision, decidedById: actor.userId, decisionNote: input.note, decidedAt: now };
  await tx.reviewCase.update({ where: { id: found.id }, data: decided });
  if (input.decision === "REJECTED") {
    await tx.reviewCase.updateMany({ where: { participantId: found.participantId, status: "OPEN" }, data: decided });
    await tx.participant.update({ where: { id: found.participantId }, data: { status: "REJECTED" } });
  }
  await notifyReviewOutcome(tx, found.participant, { caseId: found.id, outcome: input.decision, note: input.note }, now);
  await recordAudit(tx, actor, {
    action: `review.${input.decision.toLowerCase()}`,
    entity: "Participant",
    entityId: found.participantId,
    before: { caseId: found.id, reason: found.reason, participantStatus: found.participant.status },
    after: {
      decision: input.decision,
      note: input.note,
      participantStatus: input.decision === "REJECTED" ? "REJECTED" : found.participant.status,
    },
  });
}

/** What the participant is told on /akun: the latest decision, or that a review is open. */
export async function reviewOutcome(database: Db, participantId: string) {
  const latest = await database.reviewCase.findFirst({
    where: { participantId },
    orderBy: [{ decidedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return latest ? { status: latest.status, note: latest.decisionNote } : null;
}
