// Regional staff decide an identity correction (issue 14): approving sets only
// the fields asked for, after the same checks as when it was asked (the NIK may
// have been taken since); rejecting needs a reason the worker is shown. Before
// and after go to the audit log.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { regionScope, type RegionScope } from "../auth/scope";
import type { Prisma } from "../db/generated/client";
import { dateColumn, isoDate } from "../domain/billing-period";
import type { Db } from "../db/prisma";
import { NotFound } from "../failures";
import { text } from "../validation/person";
import { checkIdentity, IDENTITY_COLUMNS } from "./request";

const inRegion = (scope: RegionScope): Prisma.IdentityChangeRequestWhereInput =>
  scope.regionCode ? { participant: { regencyCode: scope.regionCode } } : {};

export const identityDecisionSchema = z.object({
  requestId: z.uuid("errors.invalid"),
  decision: z.enum(["APPROVED", "REJECTED"], "errors.invalid"),
  note: text(300, "errors.review.note"),
});

export const identityDecision = defineAction({
  permission: "identity.decide",
  input: identityDecisionSchema,
  // Approving a NIK another registration took in the same moment.
  uniqueFields: { nik: { field: "form", messageKey: "errors.nik.registered" } },
  handler: async (input, { tx, access, actor, user, now }) => {
    const request = await tx.identityChangeRequest.findFirst({
      where: { id: input.requestId, status: "OPEN", ...inRegion(regionScope(access)) },
      include: { participant: { select: IDENTITY_COLUMNS } },
    });
    if (!request) throw new NotFound();
    const current = request.participant;
    const before = { name: current.name, birthDate: isoDate(current.birthDate), gender: current.gender, nik: current.nik };
    let after = before;
    if (input.decision === "APPROVED") {
      const asked = {
        name: request.name ?? undefined,
        birthDate: request.birthDate ? isoDate(request.birthDate) : undefined,
        gender: request.gender ?? undefined,
        nik: request.nik ?? undefined,
      };
      after = await checkIdentity(tx, current, asked);
      await tx.participant.update({
        where: { id: current.id },
        data: { name: after.name, birthDate: dateColumn(after.birthDate), gender: after.gender, nik: after.nik },
      });
      await tx.user.updateMany({ where: { participantId: current.id }, data: { name: after.name } });
    }
    await tx.identityChangeRequest.update({
      where: { id: request.id },
      data: { status: input.decision, decisionNote: input.note, decidedById: user.id, decidedAt: now },
    });
    await recordAudit(tx, actor, {
      action: `identity.${input.decision.toLowerCase()}`,
      entity: "Participant",
      entityId: current.id,
      before: { requestId: request.id, ...before },
      after: { decision: input.decision, note: input.note, ...after },
    });
    return { requestId: request.id };
  },
  revalidate: () => ["/dashboard/perubahan"],
});

/** Open requests of the staff member's region, oldest first, with the record as it stands. */
export function openIdentityRequests(database: Db, scope: RegionScope) {
  return database.identityChangeRequest.findMany({
    where: { status: "OPEN", ...inRegion(scope) },
    orderBy: { createdAt: "asc" },
    take: 100,
    include: { participant: { select: { ...IDENTITY_COLUMNS, kpj: true, regencyCode: true } } },
  });
}

/** The worker's latest request, for /akun: what they asked and what became of it. */
export function latestIdentityRequest(database: Db, participantId: string) {
  return database.identityChangeRequest.findFirst({ where: { participantId }, orderBy: { createdAt: "desc" } });
}
