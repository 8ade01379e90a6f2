// BJB branches (admin console, issue 15): an officer's scope and an API key's.
// A branch is added, never removed: clients, bills and keys point at it.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { regencyField } from "../validation/region";
import { FieldConflict } from "../failures";
import { text } from "../validation/person";

export const createBranchSchema = z.object({
  // "BJB-SRG": what officers and the key script call it.
  code: text(20)
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "errors.admin.branchCode")),
  name: text(100).pipe(z.string().min(3, "errors.required")),
  regencyCode: regencyField,
});

export const createBranch = defineAction({
  permission: "admin.branches",
  input: createBranchSchema,
  uniqueFields: { code: { field: "code", messageKey: "errors.admin.branchTaken" } },
  handler: async (form, { tx, actor }) => {
    if (await tx.branch.findUnique({ where: { code: form.code }, select: { id: true } }))
      throw new FieldConflict("code", "errors.admin.branchTaken");
    const branch = await tx.branch.create({ data: form, select: { id: true, code: true, name: true, regencyCode: true } });
    await recordAudit(tx, actor, { action: "admin.branch_created", entity: "Branch", entityId: branch.id, after: branch });
    return { branchId: branch.id, code: branch.code };
  },
  revalidate: () => ["/admin/cabang"],
});
