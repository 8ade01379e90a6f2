// Capital and credit (KUR) interest an officer records for a client, and the
// branch's follow-up list. Scoped like every officer read and write.
import type { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { branchScope, inBranch, type BranchScope } from "../auth/scope";
import type { Db, Tx } from "../db/prisma";
import { NotFound } from "../failures";
import { referralSchema, referralStatusSchema } from "./schema";

/** An officer records that a client of their branch wants capital or KUR credit. */
export const referralRecording = defineAction({
  permission: "credit.refer",
  input: referralSchema,
  handler: async (input, { tx, access, actor, user }) => {
    const referral = await recordReferral(tx, branchScope(access), input, user.id, actor);
    return { referralId: referral.id, companyId: referral.companyId };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});

/** The follow-up of a referral: contacted, approved, declined. */
export const referralStatusUpdate = defineAction({
  permission: "credit.refer",
  input: referralStatusSchema,
  handler: async (input, { tx, access, actor }) => {
    await updateReferralStatus(tx, branchScope(access), input, actor);
    return { referralId: input.referralId };
  },
  revalidate: () => ["/bank/kredit"],
});

export async function recordReferral(
  tx: Tx,
  scope: BranchScope,
  input: z.output<typeof referralSchema>,
  officerId: string,
  actor: AuditActor,
) {
  const company = await tx.company.findFirst({ where: { id: input.companyId, ...inBranch(scope) } });
  if (!company?.branchId) throw new NotFound();
  const referral = await tx.creditReferral.create({
    data: {
      companyId: company.id,
      branchId: company.branchId,
      product: input.product,
      amount: BigInt(input.amount),
      purpose: input.purpose,
      createdById: officerId,
    },
  });
  await recordAudit(tx, actor, {
    action: "credit.referral_create",
    entity: "CreditReferral",
    entityId: referral.id,
    after: { companyId: company.id, product: input.product, amount: input.amount },
  });
  return referral;
}

export async function updateReferralStatus(tx: Tx, scope: BranchScope, input: z.output<typeof referralStatusSchema>, actor: AuditActor) {
  const referral = await tx.creditReferral.findFirst({ where: { id: input.referralId, ...inBranch(scope) } });
  if (!referral) throw new NotFound();
  // Only a real change is written and audited: a replayed or double-clicked update changes nothing twice.
  const changed = await tx.creditReferral.updateMany({
    where: { id: referral.id, status: { not: input.status } },
    data: { status: input.status },
  });
  if (changed.count === 0) return;
  await recordAudit(tx, actor, {
    action: "credit.referral_status",
    entity: "CreditReferral",
    entityId: referral.id,
    before: { status: referral.status },
    after: { status: input.status },
  });
}

export function listReferrals(database: Db, scope: BranchScope, status?: string) {
  return database.creditReferral.findMany({
    where: { ...inBranch(scope), ...(status ? { status: status as never } : {}) },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { company: { select: { id: true, name: true, npp: true } } },
  });
}
