// "Registration that forgives" (issue 14.7): /daftar asks, when the worker
// leaves the first step, whether the NIK is already a participant's, so they
// hear it before typing three more steps, not after. The final submit still
// refuses a duplicate (register.ts): this check only says it earlier.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { FieldConflict } from "../failures";
import { nikField } from "../validation/person";
import { NIK_REGISTERED } from "./steps";

export const nikCheckSchema = z.object({ nik: nikField });

/**
 * Whether a NIK is registered: the same fact, and the same field error, as
 * the final submit's duplicate check. An oracle over NIKs, so it is limited
 * per address with the sign-in's numbers (LIMITS.nikCheck): probing NIKs here
 * costs what guessing passwords costs.
 */
export const registeredNikCheck = defineAction({
  permission: "registration.nikCheck",
  input: nikCheckSchema,
  limit: "nikCheck",
  // An address that spends it has been trying NIKs: staff see it in the audit log.
  limitAudit: "security.nik_enumeration",
  // One read, nothing written.
  transaction: false,
  handler: async ({ nik }, { db }) => {
    // Any participant, whatever their status: the final submit refuses them all (the NIK is unique).
    if (await db.participant.findUnique({ where: { nik }, select: { id: true } })) {
      throw new FieldConflict("nik", NIK_REGISTERED);
    }
    return { registered: false as const };
  },
});
