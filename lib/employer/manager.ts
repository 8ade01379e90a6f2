// A contact person the branch's officer names to manage a client in Lindung (issue 16, point 5): someone who is not
// the owner — a relative, an administrator — signs in with their own participant account and acts for the business
// as its owner does (scope "owned", lib/auth/scope.ts). One per business; naming nobody takes the right away.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { branchScope, inBranch } from "../auth/scope";
import type { Tx } from "../db/prisma";
import { FieldConflict, NotFound } from "../failures";
import { CONTACT_COLUMNS, portalLink, recipient } from "../messages/notify";
import { queueMessages } from "../messages/outbox";
import { emptyToUndefined } from "../validation/empty";
import { nikField } from "../validation/person";

export const managerSchema = z.object({
  companyId: z.uuid("errors.invalid"),
  /** Empty: the business has no manager any more. */
  managerNik: z.preprocess(emptyToUndefined, nikField.optional()),
});

const PERSON = { ...CONTACT_COLUMNS, name: true, status: true } as const;

export const managerUpdate = defineAction({
  permission: "client.contact",
  input: managerSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const company = await tx.company.findFirst({
      where: { id: input.companyId, ...inBranch(branchScope(access)) },
      select: { id: true, name: true, ownerId: true, managerId: true, owner: { select: PERSON } },
    });
    if (!company) throw new NotFound();
    const manager = input.managerNik ? await managerByNik(tx, input.managerNik, company.ownerId) : null;
    if ((manager?.id ?? null) === company.managerId) return { companyId: company.id };
    await tx.company.update({ where: { id: company.id }, data: { managerId: manager?.id ?? null } });
    await recordAudit(tx, actor, {
      action: "company.manager",
      entity: "Company",
      entityId: company.id,
      before: { managerId: company.managerId },
      after: { managerId: manager?.id ?? null },
    });
    if (manager) {
      // The person is told what they may now do and how to sign in; the owner, that someone else now may.
      const params = { company: company.name, manager: manager.name, link: portalLink("/akun/usaha"), activate: portalLink("/aktivasi") };
      await queueMessages(
        tx,
        [
          { template: "managerNamed", about: `${company.id}:${manager.id}`, ...recipient(manager), params },
          ...(company.owner
            ? [{ template: "managerNamedOwner" as const, about: `${company.id}:${manager.id}`, ...recipient(company.owner), params }]
            : []),
        ],
        now,
      );
    }
    return { companyId: company.id };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});

/** The registered participant with this NIK, if they can manage a business: alive, and not its owner already. */
async function managerByNik(tx: Tx, nik: string, ownerId: string | null) {
  const person = await tx.participant.findUnique({ where: { nik }, select: PERSON });
  if (!person || person.status === "REJECTED") throw new FieldConflict("managerNik", "errors.manager.unknown");
  if (person.status === "DECEASED") throw new FieldConflict("managerNik", "errors.manager.deceased");
  if (person.id === ownerId) throw new FieldConflict("managerNik", "errors.manager.owner");
  return person;
}
