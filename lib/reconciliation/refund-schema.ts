import { z } from "zod";
import { rupiahField } from "../validation/rupiah";
import { text } from "../validation/person";

/** A refund proposal: which account's held credit, how much, and where BJB transfers it. */
export const refundProposalSchema = z.object({
  accountType: z.enum(["PARTICIPANT", "COMPANY", "PROJECT", "PROGRAMME"], "errors.invalid"),
  accountId: z.uuid("errors.invalid"),
  amount: rupiahField({ number: "errors.amount.number" }, { min: 1, max: 1e13 }),
  // Indonesian bank account numbers are 10–16 digits; a little room either side, digits only.
  bankAccount: z
    .string("errors.required")
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(/^\d{6,20}$/, "errors.refund.bankAccount")),
  bankAccountName: text(100),
  reason: text(300),
});

export const refundDecisionSchema = z.object({ refundId: z.uuid("errors.invalid") });
