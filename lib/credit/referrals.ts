// Capital and credit (KUR) interest an officer records for a client, and the
// branch's follow-up list. Scoped like every officer read and write.
import { inBranch, type BranchScope } from "../auth/scope";
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import type { z } from "zod";
import type { referralSchema, referralStatusSchema } from "./schema";

export class NotInScope extends Error {}

export async function recordReferral(
  database: Db,
  scope: BranchScope,
  input: z.output<typeof referralSchema>,
  actor: AuditActor & { userId: string },
) {
  return database.$transaction(async (tx) => {
    const company = await tx.company.findFirst({ where: { id: input.companyId, ...inBranch(scope) } });
    if (!company?.branchId) throw new NotInScope();
    const referral = await tx.creditReferral.create({
      data: {
        companyId: company.id,
        branchId: company.branchId,
        product: input.product,
        amount: BigInt(input.amount),
        purpose: input.purpose,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "credit.referral_create",
      entity: "CreditReferral",
      entityId: referral.id,
      after: { companyId: company.id, product: input.product, amount: input.amount },
    });
    return referral;
  });
}

export async function updateReferralStatus(
  database: Db,
  scope: BranchScope,
  input: z.output<typeof referralStatusSchema>,
  actor: AuditActor,
) {
  return database.$transaction(async (tx) => {
    const referral = await tx.creditReferral.findFirst({ where: { id: input.referralId, ...inBranch(scope) } });
    if (!referral) throw new NotInScope();
    await tx.creditReferral.update({ where: { id: referral.id }, data: { status: input.status } });
    await recordAudit(tx, actor, {
      action: "credit.referral_status",
      entity: "CreditReferral",
      entityId: referral.id,
      before: { status: referral.status },
      after: { status: input.status },
    });
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
