// Recovery at a branch (issue 14): a worker who lost the phone on record comes
// to a BJB branch. The officer checks the e-KTP in person, types the NIK and
// birth date from it and the worker's new number; a code goes to that number.
// The code and a new password (typed by the worker, /masuk/lupa/kode) set the
// password and make the new number the one on record; the old number is told.
// Every step is audited with the officer's name.
//
// Any participant may walk into any branch: the e-KTP in hand is the proof, so
// the scope is not the officer's clients (ours; docs/domain.md).
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { dateColumn } from "../domain/billing-period";
import { maskRecipient } from "../domain/contact-mask";
import { Refusal } from "../failures";
import { birthDateField, mobileField, nikField } from "../validation/person";
import { checkNewContact } from "./contact-change";
import { issueCode, prepareCode } from "./one-time-codes";

export const branchRecoverySchema = z.object({
  // The officer confirms the original e-KTP was checked: a deliberate step, recorded in the audit log.
  ektp: z.literal("on", "errors.branchRecovery.ektp"),
  nik: nikField,
  birthDate: birthDateField,
  phone: mobileField,
});

export const branchRecovery = defineAction({
  permission: "account.recover.branch",
  input: branchRecoverySchema,
  limit: "codeRequest",
  prepare: prepareCode,
  handler: async (form, { tx, prepared, now, actor }) => {
    const participant = await tx.participant.findFirst({
      where: { nik: form.nik, birthDate: dateColumn(form.birthDate), status: { notIn: ["REJECTED", "DECEASED"] } },
      select: { id: true, account: { select: { id: true, active: true } } },
    });
    // One answer for either mismatch, as at activation.
    if (!participant) throw new Refusal("errors.branchRecovery.noMatch");
    if (!participant.account?.active) throw new Refusal("errors.branchRecovery.noAccount");
    await checkNewContact(tx, participant.id, { phone: form.phone });
    const codeId = await issueCode(
      tx,
      { participantId: participant.id, userId: participant.account.id },
      "RECOVERY",
      prepared.code,
      prepared.codeHash,
      now,
      { phone: form.phone },
    );
    const destination = maskRecipient(form.phone);
    await recordAudit(tx, actor, {
      action: "account.branch_recovery_code",
      entity: "Participant",
      entityId: participant.id,
      after: { codeId, newPhone: destination, ektpChecked: true },
    });
    return { codeId, destination };
  },
});
