// Who at a client receives the monthly bill and arrears by e-mail (issue 13):
// named by the client's officer. Without one, the owner's e-mail is used.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { branchScope, inBranch } from "../auth/scope";
import { NotFound } from "../failures";
import { optionalEmailField, text, wrongType } from "../validation/person";

export const billingContactSchema = z.object({
  companyId: z.uuid("errors.invalid"),
  contactName: z.union([z.literal(""), text(100)], wrongType).optional(),
  contactEmail: optionalEmailField,
});

export const billingContactUpdate = defineAction({
  permission: "client.contact",
  input: billingContactSchema,
  handler: async (input, { tx, access, actor }) => {
    const before = await tx.company.findFirst({
      where: { id: input.companyId, ...inBranch(branchScope(access)) },
      select: { contactName: true, contactEmail: true },
    });
    if (!before) throw new NotFound();
    const after = { contactName: input.contactName || null, contactEmail: input.contactEmail?.toLowerCase() || null };
    await tx.company.update({ where: { id: input.companyId }, data: after });
    await recordAudit(tx, actor, { action: "client.contact", entity: "Company", entityId: input.companyId, before, after });
    return { companyId: input.companyId };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});
