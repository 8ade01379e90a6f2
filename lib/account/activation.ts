// Activation (issue 14): a participant enrolled by an officer, a spreadsheet or
// the API has no account. They prove who they are with NIK, KPJ and birth date,
// get a one-time code on the phone on record, and choose a password: then they
// see their card, bills and receipts like a worker who registered themself.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import { PERSONAL_COLUMNS, refuseWeakPassword } from "../auth/password-strength";
import { dateColumn } from "../domain/billing-period";
import { isValidKpj } from "../domain/kpj";
import { FieldConflict, Refusal } from "../failures";
import { birthDateField, nikField, wrongType } from "../validation/person";
import { codeAndPasswordSchema } from "./code-rules";
import { issueCode, prepareCode, refuseCode, spendCode } from "./one-time-codes";

export const activationRequestSchema = z.object({
  nik: nikField,
  kpj: z.string(wrongType).trim().refine(isValidKpj, "errors.kpj"),
  birthDate: birthDateField,
});

export const activationRequest = defineAction({
  permission: "account.recover",
  input: activationRequestSchema,
  limit: "codeRequest",
  prepare: prepareCode,
  handler: async (form, { tx, prepared, now, actor }) => {
    const participant = await tx.participant.findFirst({
      where: { nik: form.nik, kpj: form.kpj, birthDate: dateColumn(form.birthDate) },
      select: { id: true, phone: true, status: true, account: { select: { id: true } } },
    });
    // One answer for any mismatch: which of the three was wrong is not told.
    if (!participant || participant.status === "REJECTED") throw new Refusal("errors.activation.noMatch");
    if (participant.account) throw new Refusal("errors.activation.alreadyActive");
    if (!participant.phone) throw new Refusal("errors.recovery.noPhone");
    const codeId = await issueCode(
      tx,
      { participantId: participant.id, userId: null },
      "ACTIVATION",
      prepared.code,
      prepared.codeHash,
      now,
    );
    await recordAudit(tx, actor, { action: "account.activation_code", entity: "Participant", entityId: participant.id, after: { codeId } });
    return { codeId };
  },
  redirect: ({ codeId }) => `/aktivasi/kode?permintaan=${codeId}`,
});

export const accountActivation = defineAction({
  permission: "account.recover",
  input: codeAndPasswordSchema,
  prepare: async (form) => hashPassword(form.password),
  // The code's check commits its try even when the form is refused (spendCode).
  transaction: false,
  uniqueFields: {
    phone: { field: "code", messageKey: "errors.activation.phoneTaken" },
    email: { field: "code", messageKey: "errors.activation.phoneTaken" },
  },
  handler: async (form, { db, prepared, now, actor }) => {
    const spent = await spendCode(db, form.codeId, "ACTIVATION", form.code, now, async (tx, { participantId }) => {
      const participant = await tx.participant.findUniqueOrThrow({
        where: { id: participantId },
        select: { ...PERSONAL_COLUMNS, account: { select: { id: true } } },
      });
      if (participant.account) throw new Refusal("errors.activation.alreadyActive");
      refuseWeakPassword(form.password, participant);
      if (participant.phone && (await tx.user.findUnique({ where: { phone: participant.phone }, select: { id: true } }))) {
        throw new FieldConflict("code", "errors.activation.phoneTaken");
      }
      const user = await tx.user.create({
        data: {
          role: "WORKER",
          name: participant.name,
          phone: participant.phone,
          email:
            participant.email && !(await tx.user.findUnique({ where: { email: participant.email.toLowerCase() } }))
              ? participant.email.toLowerCase()
              : null,
          passwordHash: prepared,
          participantId,
        },
      });
      await recordAudit(
        tx,
        { ...actor, userId: user.id, role: "WORKER" },
        { action: "account.activate", entity: "User", entityId: user.id, after: { participantId } },
      );
      return user.id;
    });
    if (!spent.ok) refuseCode(spent);
    return { done: true };
  },
  redirect: () => "/masuk?diaktifkan=1",
});
