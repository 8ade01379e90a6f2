// Manual credits from BJB's settlement file, under two-person control: finance
// staff of a region propose crediting the lines BJB settled but never notified;
// a second person of that role or an admin applies them, never the proposer.
// Bills outside the proposer's region are not found (issue 12).
import { z } from "zod";
import { defineAction } from "../actions/define";
import type { Access } from "../auth/access";
import { regionScope } from "../auth/scope";
import { recordAudit, recordAudits } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Db, Tx } from "../db/prisma";
import { isoDate } from "../domain/billing-period";
import { NotFound, Refusal } from "../failures";
import { applyPayment } from "../payments/apply-payment";
import { linesOf, reconcile } from "./settlement";

export const CREDIT_PROPOSED_ACTION = "payment.credit_proposed";
export const CREDIT_APPLIED_MANUALLY_ACTION = "payment.credit_applied";

/**
 * The bills of the regency a finance user may credit, placed as the rollups
 * place them (project, else company, else participant); all of Banten for an
 * admin. A region-scoped user without a region reaches nothing (fail closed).
 */
export function billsInReach(access: Access): Prisma.BillWhereInput {
  if (access.scope !== "region") return {};
  const regencyCode = regionScope(access).regionCode ?? "----";
  return {
    OR: [
      { projectId: { not: null }, project: { regencyCode } },
      { projectId: null, companyId: { not: null }, company: { regencyCode } },
      { projectId: null, companyId: null, participant: { regencyCode } },
    ],
  };
}

/** A finance user proposes crediting the settlement's lines missing in the portal, for bills in their region. */
export const proposeManualCredits = defineAction({
  permission: "payment.credit.propose",
  input: z.object({ settlementId: z.uuid("errors.invalid") }),
  handler: async ({ settlementId }, { tx, access, user, actor }) => {
    const settlement = await tx.settlement.findUnique({ where: { id: settlementId } });
    if (!settlement) throw new NotFound();
    const { missingInPortal } = await reconcile(tx, isoDate(settlement.businessDate), linesOf(settlement));
    const bills = await tx.bill.findMany({
      where: { virtualAccount: { in: missingInPortal.map((line) => line.virtualAccount) }, ...billsInReach(access) },
      select: { id: true, virtualAccount: true },
    });
    const billOf = new Map(bills.map((bill) => [bill.virtualAccount, bill.id]));
    const inReach = missingInPortal.filter((line) => billOf.has(line.virtualAccount));
    const created = await tx.manualCredit.createManyAndReturn({
      data: inReach.map((line) => ({
        settlementId,
        billId: billOf.get(line.virtualAccount)!,
        bankReference: line.bankReference,
        virtualAccount: line.virtualAccount,
        amount: BigInt(line.amount),
        paidAt: new Date(line.paidAt),
        proposedById: user.id,
      })),
      // Proposed before (by anyone): one proposal per bank reference.
      skipDuplicates: true,
      select: { id: true, bankReference: true, amount: true },
    });
    await recordAudits(
      tx,
      actor,
      created.map((credit) => ({
        action: CREDIT_PROPOSED_ACTION,
        entity: "ManualCredit",
        entityId: credit.id,
        after: { settlementId, bankReference: credit.bankReference, amount: credit.amount.toString() },
      })),
    );
    return { settlementId, proposed: created.length, outOfReach: missingInPortal.length - inReach.length };
  },
  revalidate: ({ settlementId }) => [`/dashboard/rekonsiliasi/${settlementId}`],
});

/** The proposer may not apply their own proposal: a second person must. */
export class SameApprover extends Refusal {
  constructor() {
    super("errors.credit.sameApprover");
  }
}

/** A second finance user of the region, or an admin, applies a proposed credit through the notification's own path. */
export const applyManualCredit = defineAction({
  permission: "payment.credit.apply",
  input: z.object({ creditId: z.uuid("errors.invalid") }),
  handler: async ({ creditId }, { tx, access, user, actor }) => {
    const credit = await tx.manualCredit.findFirst({ where: { id: creditId, status: "PROPOSED", bill: billsInReach(access) } });
    if (!credit) throw new NotFound();
    if (credit.proposedById === user.id) throw new SameApprover();
    // Claimed first: a second apply of the same proposal (a double click, another approver) finds nothing to claim.
    const claimed = await tx.manualCredit.updateMany({
      where: { id: credit.id, status: "PROPOSED" },
      data: { status: "APPLIED", appliedById: user.id, appliedAt: new Date() },
    });
    if (claimed.count !== 1) throw new NotFound();
    const outcome = await applyPayment(tx, {
      virtualAccount: credit.virtualAccount,
      amount: credit.amount,
      paidAt: credit.paidAt,
      bankReference: credit.bankReference,
      source: "RECONCILIATION",
      actor,
    });
    await recordAudit(tx, actor, {
      action: CREDIT_APPLIED_MANUALLY_ACTION,
      entity: "ManualCredit",
      entityId: credit.id,
      before: { status: "PROPOSED", proposedById: credit.proposedById },
      after: { status: "APPLIED", outcome: outcome.kind, bankReference: credit.bankReference },
    });
    return { settlementId: credit.settlementId, outcome: outcome.kind };
  },
  revalidate: ({ settlementId }) => [`/dashboard/rekonsiliasi/${settlementId}`],
});

/** A settlement's proposals a user may see (their region's bills), with the bill, whose it is and the difference. */
export async function proposalsOf(database: Db | Tx, settlementId: string, access: Access) {
  const credits = await database.manualCredit.findMany({
    where: { settlementId, bill: billsInReach(access) },
    orderBy: { proposedAt: "asc" },
    include: {
      bill: {
        select: {
          total: true,
          fineAmount: true,
          paidAmount: true,
          participant: { select: { name: true, kpj: true } },
          company: { select: { name: true, npp: true } },
          project: { select: { name: true } },
        },
      },
    },
  });
  return credits.map((credit) => {
    const { bill } = credit;
    const outstanding = bill.total + bill.fineAmount - bill.paidAmount;
    return {
      ...credit,
      holder: bill.project?.name ?? bill.company?.name ?? bill.participant?.name ?? "-",
      reference: bill.participant?.kpj ?? bill.company?.npp ?? "",
      /** The line's amount less what the bill still needs: above 0 becomes credit, below 0 leaves the bill short. */
      difference: credit.amount - outstanding,
    };
  });
}

/** Payments whose amount was not what their bill needed when they arrived (Payment.amountDiffers), newest first. */
export function paymentsToCheck(database: Db, access: Access, take = 50) {
  return database.payment.findMany({
    where: { amountDiffers: true, reversedAt: null, bill: billsInReach(access) },
    orderBy: { paidAt: "desc" },
    take,
    select: {
      id: true,
      bankReference: true,
      virtualAccount: true,
      amount: true,
      paidAt: true,
      bill: { select: { total: true, fineAmount: true, participant: { select: { name: true } }, company: { select: { name: true } } } },
    },
  });
}
