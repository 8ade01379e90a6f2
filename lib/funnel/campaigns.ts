// Campaigns (issue 17.4): an officer's link and QR code to /daftar for an
// outreach event or a poster. Registrations through one are credited to it
// (Participant.campaignId) and so to its officer and branch.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { branchScope, inBranch, type BranchScope } from "../auth/scope";
import type { Db, Tx } from "../db/prisma";
import { campaignCode, isCampaignCode } from "../domain/funnel";
import { dateColumn } from "../domain/billing-period";
import { portalLink } from "../messages/notify";
import { campaignSchema } from "./campaign-schema";

/** A campaign by the code in its link: only an existing one (a made-up code is no campaign). */
export function campaignByCode(db: Db | Tx, code: string) {
  if (!isCampaignCode(code)) return Promise.resolve(null);
  return db.campaign.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}

export const campaignCreate = defineAction({
  permission: "campaign.create",
  input: campaignSchema,
  handler: async (input, { tx, access, actor, user }) => {
    // Held by a branch's officers only (lib/auth/permissions.ts): the campaign is their branch's.
    const { branchId } = branchScope(access);
    if (!branchId) throw new Error("campaign.create reached without a branch");
    // 40 random bits: a clash is a one-in-a-trillion event, but a second draw costs nothing.
    let code = campaignCode(randomBytes(8));
    while (await tx.campaign.findUnique({ where: { code }, select: { id: true } })) code = campaignCode(randomBytes(8));
    const campaign = await tx.campaign.create({
      data: {
        code,
        name: input.name,
        kind: input.kind,
        eventOn: input.eventOn ? dateColumn(input.eventOn) : null,
        place: input.place ?? null,
        branchId,
        officerId: user.id,
      },
    });
    await recordAudit(tx, actor, {
      action: "campaign.create",
      entity: "Campaign",
      entityId: campaign.id,
      after: { code, name: input.name },
    });
    return { campaignId: campaign.id };
  },
  revalidate: () => ["/bank/kampanye"],
  redirect: ({ campaignId }) => `/bank/kampanye/${campaignId}`,
});

/** The campaigns `scope` reaches, newest first, with the officer's name. */
export function campaignsIn(db: Db, scope: BranchScope) {
  return db.campaign.findMany({
    where: inBranch(scope),
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { officer: { select: { name: true } }, branch: { select: { name: true } } },
  });
}

/** One campaign if `scope` reaches it (another branch's, or an id that is no id, is not found). */
export function campaignIn(db: Db, id: string, scope: BranchScope) {
  if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
  return db.campaign.findFirst({
    where: { id, ...inBranch(scope) },
    include: { officer: { select: { name: true } }, branch: { select: { name: true } } },
  });
}

/** The campaign's registration link, and the one its QR code carries (counted as a QR visit). */
export function campaignLinks(code: string) {
  return { link: portalLink(`/daftar?kampanye=${code}`), qr: portalLink(`/daftar?kampanye=${code}&via=qr`) };
}
