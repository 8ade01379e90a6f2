// Held credit paid back to its holder (the ledger's REFUND), under the same
// two-person control as manual credits: finance staff of the account's regency
// propose, a second person of that role or an admin applies, never the
// proposer. A proposal reserves its amount (lib/ledger/entries.ts
// availableCredit), so the billing run cannot spend it meanwhile; cancelling
// frees it. The transfer is made at BJB; applying records it.
import { defineAction } from "../actions/define";
import type { Access } from "../auth/access";
import { regionScope } from "../auth/scope";
import { recordAudit } from "../audit/record";
import type { LedgerAccountType, Prisma } from "../db/generated/client";
import { BANTEN_PROVINCE_CODE } from "../domain/regions";
import type { Db, Tx } from "../db/prisma";
import { formatRupiah } from "../domain/money";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { availableCredit, type LedgerAccount, lockAccount, recordEntries } from "../ledger/entries";
import { messageWithParams } from "../validation/field-errors";
import { SameApprover } from "./manual-credits";
import { refundDecisionSchema, refundProposalSchema } from "./refund-schema";

export const REFUND_PROPOSED_ACTION = "payment.refund_proposed";
export const REFUND_APPLIED_ACTION = "payment.refund_applied";
export const REFUND_CANCELLED_ACTION = "payment.refund_cancelled";

const REVALIDATE = ["/dashboard/rekonsiliasi"];

/** Who holds an account, and the regency whose finance staff answer for it. */
export type Holder = { account: LedgerAccount; name: string; reference: string; regencyCode: string };

async function holderOf(database: Db | Tx, account: LedgerAccount): Promise<Holder | null> {
  const where = { where: { id: account.id } };
  if (account.type === "PARTICIPANT") {
    const p = await database.participant.findUnique({ ...where, select: { name: true, kpj: true, regencyCode: true } });
    return p && { account, name: p.name, reference: `KPJ ${p.kpj}`, regencyCode: p.regencyCode };
  }
  if (account.type === "COMPANY") {
    const c = await database.company.findUnique({ ...where, select: { name: true, npp: true, regencyCode: true } });
    return c && { account, name: c.name, reference: `NPP ${c.npp}`, regencyCode: c.regencyCode };
  }
  if (account.type === "PROGRAMME") {
    const g = await database.sponsorProgramme.findUnique({
      ...where,
      select: { name: true, sponsor: { select: { name: true, regencyCode: true } } },
    });
    return g && { account, name: `${g.sponsor.name}: ${g.name}`, reference: "", regencyCode: programmeRegency(g.sponsor.regencyCode) };
  }
  const pr = await database.constructionProject.findUnique({ ...where, select: { name: true, regencyCode: true } });
  return pr && { account, name: pr.name, reference: "", regencyCode: pr.regencyCode };
}

/** Where a programme's money belongs: its sponsor's regency, or the province (no regency's finance staff: admins). */
const programmeRegency = (sponsorRegency: string | null) => sponsorRegency ?? BANTEN_PROVINCE_CODE;

/** A finance user reaches their regency's accounts; an admin all of Banten; a region user without one nothing. */
function inReach(access: Access, regencyCode: string): boolean {
  if (access.scope !== "region") return true;
  return regionScope(access).regionCode === regencyCode;
}

const refundsInReach = (access: Access): Prisma.CreditRefundWhereInput =>
  access.scope === "region" ? { regencyCode: regionScope(access).regionCode ?? "----" } : {};

/** A finance user proposes paying back part or all of an account's free credit. */
export const proposeRefund = defineAction({
  permission: "payment.refund.propose",
  input: refundProposalSchema,
  handler: async (input, { tx, access, user, actor }) => {
    const account: LedgerAccount = { type: input.accountType, id: input.accountId };
    const holder = await holderOf(tx, account);
    if (!holder || !inReach(access, holder.regencyCode)) throw new NotFound();
    await lockAccount(tx, account);
    const available = await availableCredit(tx, account);
    const amount = BigInt(input.amount);
    if (amount > available) {
      throw new FieldConflict("amount", messageWithParams("errors.refund.exceedsCredit", { available: formatRupiah(Number(available)) }));
    }
    const refund = await tx.creditRefund.create({
      data: {
        accountType: account.type,
        accountId: account.id,
        regencyCode: holder.regencyCode,
        amount,
        bankAccount: input.bankAccount,
        bankAccountName: input.bankAccountName,
        reason: input.reason,
        proposedById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: REFUND_PROPOSED_ACTION,
      entity: "CreditRefund",
      entityId: refund.id,
      after: { accountType: account.type, accountId: account.id, amount: amount.toString(), reason: input.reason },
    });
    return { refundId: refund.id };
  },
  revalidate: () => REVALIDATE,
});

/** A proposal still open and in the user's reach, claimed so that a second click or approver finds nothing. */
async function claimProposal(tx: Tx, access: Access, refundId: string, decidedById: string, status: "APPLIED" | "CANCELLED") {
  const refund = await tx.creditRefund.findFirst({ where: { id: refundId, status: "PROPOSED", ...refundsInReach(access) } });
  if (!refund) throw new NotFound();
  if (status === "APPLIED" && refund.proposedById === decidedById) throw new SameApprover();
  const claimed = await tx.creditRefund.updateMany({
    where: { id: refund.id, status: "PROPOSED" },
    data: { status, decidedById, decidedAt: new Date() },
  });
  if (claimed.count !== 1) throw new NotFound();
  return refund;
}

/** A second finance user of the regency, or an admin, records the transfer: the REFUND entry takes the credit off. */
export const applyRefund = defineAction({
  permission: "payment.refund.apply",
  input: refundDecisionSchema,
  handler: async ({ refundId }, { tx, access, user, actor }) => {
    const refund = await claimProposal(tx, access, refundId, user.id, "APPLIED");
    const account: LedgerAccount = { type: refund.accountType, id: refund.accountId };
    await lockAccount(tx, account);
    // Its own reservation is released by the claim above: what is free now must still cover it (a reversal may
    // have taken credit back since the proposal).
    const available = await availableCredit(tx, account);
    if (refund.amount > available) throw new Refusal("errors.refund.creditGone", 409);
    await recordEntries(tx, [{ account, kind: "REFUND", refundId: refund.id, debit: refund.amount }]);
    await recordAudit(tx, actor, {
      action: REFUND_APPLIED_ACTION,
      entity: "CreditRefund",
      entityId: refund.id,
      before: { status: "PROPOSED", proposedById: refund.proposedById },
      after: { status: "APPLIED", amount: refund.amount.toString(), bankAccount: refund.bankAccount },
    });
    return { refundId: refund.id };
  },
  revalidate: () => REVALIDATE,
});

/** Anyone who may propose or apply withdraws a proposal (the holder changed their mind, a typo): its credit is free again. */
export const cancelRefund = defineAction({
  permission: "payment.refund.propose",
  input: refundDecisionSchema,
  handler: async ({ refundId }, { tx, access, user, actor }) => {
    const refund = await claimProposal(tx, access, refundId, user.id, "CANCELLED");
    await recordAudit(tx, actor, {
      action: REFUND_CANCELLED_ACTION,
      entity: "CreditRefund",
      entityId: refund.id,
      before: { status: "PROPOSED" },
      after: { status: "CANCELLED" },
    });
    return { refundId: refund.id };
  },
  revalidate: () => REVALIDATE,
});

const HOLDER_LIMIT = 100;

/** Accounts of the user's regency holding free credit, largest first: what a refund can be proposed for. */
export async function creditHolders(database: Db, access: Access): Promise<(Holder & { available: bigint })[]> {
  const regency = access.scope === "region" ? (regionScope(access).regionCode ?? "----") : null;
  // Held credit comes from overpayments, so few accounts have any: summed from the ledger, placed as holderOf does.
  const rows = await database.$queryRaw<
    { type: LedgerAccountType; id: string; available: bigint; name: string; reference: string; regencyCode: string }[]
  >`
    WITH held AS (
      SELECT "accountType", "accountId", SUM("credit") - SUM("debit") AS held
      FROM "LedgerEntry" WHERE "billId" IS NULL GROUP BY 1, 2 HAVING SUM("credit") - SUM("debit") > 0
    ), reserved AS (
      SELECT "accountType", "accountId", SUM("amount") AS reserved FROM "CreditRefund" WHERE "status" = 'PROPOSED' GROUP BY 1, 2
    ), placed AS (
      SELECT h."accountType" AS "type", h."accountId" AS "id", (h.held - COALESCE(r.reserved, 0))::bigint AS "available",
        COALESCE(p."name", c."name", pr."name", s."name" || ': ' || g."name") AS "name",
        COALESCE('KPJ ' || p."kpj", 'NPP ' || c."npp", '') AS "reference",
        COALESCE(p."regencyCode", c."regencyCode", pr."regencyCode", s."regencyCode", ${BANTEN_PROVINCE_CODE}) AS "regencyCode"
      FROM held h LEFT JOIN reserved r USING ("accountType", "accountId")
      LEFT JOIN "Participant" p ON h."accountType" = 'PARTICIPANT' AND p."id" = h."accountId"
      LEFT JOIN "Company" c ON h."accountType" = 'COMPANY' AND c."id" = h."accountId"
      LEFT JOIN "ConstructionProject" pr ON h."accountType" = 'PROJECT' AND pr."id" = h."accountId"
      LEFT JOIN "SponsorProgramme" g ON h."accountType" = 'PROGRAMME' AND g."id" = h."accountId"
      LEFT JOIN "Sponsor" s ON s."id" = g."sponsorId"
    )
    SELECT * FROM placed WHERE "available" > 0 AND (${regency}::text IS NULL OR "regencyCode" = ${regency})
    ORDER BY "available" DESC, "id" LIMIT ${HOLDER_LIMIT}`;
  return rows.map(({ type, id, ...rest }) => ({ account: { type, id }, ...rest }));
}

/** Refund proposals of the user's regency, open ones first, with whose account each is. */
export async function refundsOf(database: Db, access: Access, take = 50) {
  const refunds = await database.creditRefund.findMany({
    where: refundsInReach(access),
    // PROPOSED sorts first (the enum's order): what waits for a second person.
    orderBy: [{ status: "asc" }, { proposedAt: "desc" }],
    take,
  });
  return Promise.all(
    refunds.map(async (refund) => {
      const holder = await holderOf(database, { type: refund.accountType, id: refund.accountId });
      return { ...refund, holder: holder?.name ?? "-", reference: holder?.reference ?? "" };
    }),
  );
}
