// A worker asks to correct their identity (issue 14): name, birth date, sex or
// a mistyped NIK are not changed by the worker but asked for, with a reason,
// and decided by BPJS TK staff of their regency (./decide.ts). One request
// open at a time; the worker sees it and its outcome on /akun.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { ownParticipantId } from "../auth/scope";
import { dateColumn, isoDate } from "../domain/billing-period";
import type { Tx } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { birthDateField, genderField, nikAgreementErrors, nikField, personNameField, text } from "../validation/person";

/** An identity field the worker may leave empty: only what they fill in is asked for. */
const ifGiven = <T extends z.ZodType>(field: T) => z.preprocess((value) => (value === "" ? undefined : value), field.optional());

export const identityChangeSchema = z
  .object({
    name: ifGiven(personNameField),
    birthDate: ifGiven(birthDateField),
    gender: ifGiven(genderField),
    nik: ifGiven(nikField),
    reason: text(300, "errors.identity.reason"),
  })
  .refine((form) => form.name || form.birthDate || form.gender || form.nik, { message: "errors.identity.nothing", path: ["form"] });

export type IdentityChange = z.output<typeof identityChangeSchema>;

export const IDENTITY_COLUMNS = { id: true, name: true, birthDate: true, gender: true, nik: true } as const;
type Identity = { id: string; name: string; birthDate: Date; gender: "M" | "F"; nik: string };

/** The identity the participant would have after `change`, as plain values (dates as 'YYYY-MM-DD'). */
export function identityAfter(current: Identity, change: Pick<IdentityChange, "name" | "birthDate" | "gender" | "nik">) {
  return {
    name: change.name ?? current.name,
    birthDate: change.birthDate ?? isoDate(current.birthDate),
    gender: change.gender ?? current.gender,
    nik: change.nik ?? current.nik,
  };
}

/**
 * The rules the new identity must meet, checked when asked and again when
 * approved: birth date and sex agree with the NIK, and the NIK is nobody else's.
 */
export async function checkIdentity(tx: Tx, current: Identity, change: Pick<IdentityChange, "name" | "birthDate" | "gender" | "nik">) {
  const after = identityAfter(current, change);
  const disagreement = Object.entries(nikAgreementErrors(after))[0];
  if (disagreement) throw new FieldConflict(change.nik ? "nik" : disagreement[0], disagreement[1]);
  if (after.nik !== current.nik && (await tx.participant.findUnique({ where: { nik: after.nik }, select: { id: true } }))) {
    throw new FieldConflict("nik", "errors.nik.registered");
  }
  return after;
}

export const identityChangeRequest = defineAction({
  permission: "participant.update.own",
  input: identityChangeSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    // The row lock makes "one open request" hold against two tabs sending at once.
    const [current] = await tx.$queryRaw<Identity[]>`
      SELECT "id", "name", "birthDate", "gender", "nik" FROM "Participant" WHERE "id" = ${participantId}::uuid FOR UPDATE`;
    if (!current) throw new NotFound();
    if (await tx.identityChangeRequest.findFirst({ where: { participantId, status: "OPEN" }, select: { id: true } })) {
      throw new Refusal("errors.identity.open");
    }
    const after = await checkIdentity(tx, current, input);
    const asked = {
      name: after.name !== current.name ? after.name : null,
      birthDate: after.birthDate !== isoDate(current.birthDate) ? after.birthDate : null,
      gender: after.gender !== current.gender ? after.gender : null,
      nik: after.nik !== current.nik ? after.nik : null,
    };
    if (!Object.values(asked).some(Boolean)) throw new Refusal("errors.identity.unchanged");
    const request = await tx.identityChangeRequest.create({
      data: {
        participantId,
        ...asked,
        birthDate: asked.birthDate ? dateColumn(asked.birthDate) : null,
        reason: input.reason,
        createdAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "identity.request",
      entity: "IdentityChangeRequest",
      entityId: request.id,
      after: { participantId, ...asked, reason: input.reason },
    });
    return { requestId: request.id };
  },
  revalidate: () => ["/akun"],
});
