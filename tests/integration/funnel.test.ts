// The registration funnel and campaigns (issue 17.4): an officer's campaign link, the form's step beacons counted
// without anything about the person, registrations credited to the campaign, first payments counted by a trigger,
// and the dashboard's view of it by region.
import { describe, expect, it } from "vitest";
import { accessOf } from "../../lib/auth/access";
import { branchScope } from "../../lib/auth/scope";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { dashboardFigures } from "../../lib/dashboard/figures";
import { dashboardFilters } from "../../lib/dashboard/filters";
import { isCampaignCode } from "../../lib/domain/funnel";
import { jakartaDate } from "../../lib/domain/time";
import { funnelStepEndpoint } from "../../lib/funnel/api";
import { campaignCreate, campaignIn } from "../../lib/funnel/campaigns";
import { LIMITS } from "../../lib/security/limits";
import { consumeLimit } from "../../lib/security/rate-limit";
import { dashboardReader, expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { registrationForm } from "../support/factories";
import { createBranch, createOfficer } from "../support/records";

const t = setupTestDatabase();
let caller = 0;

function beacon(query: string, headers: Record<string, string> = {}) {
  return funnelStepEndpoint(
    new Request(`http://localhost/daftar/langkah?${query}`, {
      method: "POST",
      headers: { "x-real-ip": `10.7.${(++caller >> 8) & 255}.${caller & 255}`, "sec-fetch-site": "same-origin", ...headers },
    }),
    { db: t.db, now: new Date() },
  );
}

/** Today's counts as { "SOURCE:campaign:STEP": count }. */
async function today() {
  const rows = await t.db.funnelDailyCount.findMany({ where: { day: new Date(`${jakartaDate()}T00:00:00Z`), count: { not: 0 } } });
  return Object.fromEntries(rows.map((r) => [`${r.source}:${r.campaignKey}:${r.step}`, r.count]));
}

describe("registration funnel and campaigns", () => {
  it("counts a campaign's visitors step by step, credits its registrations, and follows first payments", async () => {
    const [serang, tangerang] = [await createBranch(t.db, "3673"), await createBranch(t.db, "3671")];
    const officer = sessionUserOf(await createOfficer(t.db, serang.id));
    const other = sessionUserOf(await createOfficer(t.db, tangerang.id));

    // The form's own rules: a name, and a day for an event.
    expectRefused(await runAs(t.db, campaignCreate, { name: "Ba", kind: "POSTER" }, { as: officer }), { name: "errors.campaign.name" });
    expectRefused(await runAs(t.db, campaignCreate, { name: "Bazar UMKM Serang", kind: "EVENT" }, { as: officer }), {
      eventOn: "errors.campaign.eventOn",
    });
    const { campaignId } = succeeded(
      await runAs(
        t.db,
        campaignCreate,
        { name: "Bazar UMKM Serang", kind: "EVENT", eventOn: "2026-12-12", place: "Alun-alun" },
        { as: officer },
      ),
    );
    const campaign = await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign).toMatchObject({ branchId: serang.id, officerId: officer.id, kind: "EVENT" });
    expect(isCampaignCode(campaign.code)).toBe(true);
    expect(await t.db.auditLog.count({ where: { action: "campaign.create", entityId: campaignId } })).toBe(1);
    // Another branch's officer does not find it.
    expect(await campaignIn(t.db, campaignId, branchScope(accessOf("campaign.read", other)))).toBeNull();
    expect(await campaignIn(t.db, campaignId, branchScope(accessOf("campaign.read", officer)))).not.toBeNull();

    // Beacons: the QR visitor opens the form and reaches the address step; a made-up code counts as a direct visit.
    expect((await beacon(`step=SHOWN&source=QR&campaign=${campaign.code}`)).status).toBe(204);
    expect((await beacon(`step=ADDRESS&source=QR&campaign=${campaign.code}`)).status).toBe(204);
    expect((await beacon("step=SHOWN&source=LINK&campaign=ZZZZZZZZ")).status).toBe(204);
    // Refused, and nothing counted: a step the browser may not report, a bad code, another site's page.
    const refused = await beacon("step=SUBMITTED");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ fields: { step: "Langkah tidak dikenal: SHOWN, ADDRESS, INCOME atau REVIEW." } });
    expect((await beacon("step=SHOWN&campaign=abc")).status).toBe(400);
    expect((await beacon("step=SHOWN", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await today()).toEqual({ [`QR:${campaign.id}:SHOWN`]: 1, [`QR:${campaign.id}:ADDRESS`]: 1, "DIRECT::SHOWN": 1 });
    // One address past its limit is told to wait.
    await consumeLimit(t.db, "funnelStep", "10.9.9.9", LIMITS.funnelStep.points);
    expect((await beacon("step=SHOWN", { "x-real-ip": "10.9.9.9" })).status).toBe(429);

    // The QR visitor registers: credited to the campaign, counted as sent.
    const sent = succeeded(await runAs(t.db, bpuSelfRegistration, { ...registrationForm(), source: "QR", campaign: campaign.code }));
    const person = await t.db.participant.findUniqueOrThrow({ where: { nik: sent.nik } });
    expect(person).toMatchObject({ arrivedVia: "QR", campaignId: campaign.id });
    // Registered with no source (an officer's tools, the seed): not in the funnel. An unknown code: direct.
    succeeded(await runAs(t.db, bpuSelfRegistration, registrationForm()));
    const stray = succeeded(await runAs(t.db, bpuSelfRegistration, { ...registrationForm(), source: "LINK", campaign: "ZZZZZZZZ" }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { nik: stray.nik } })).toMatchObject({
      arrivedVia: "DIRECT",
      campaignId: null,
    });
    expect(await today()).toMatchObject({ [`QR:${campaign.id}:SUBMITTED`]: 1, "DIRECT::SUBMITTED": 1 });

    // The first bill paid (the payment path sets activatedAt), then the payment reversed.
    await t.db.participant.update({ where: { id: person.id }, data: { status: "ACTIVE", activatedAt: new Date() } });
    expect((await today())[`QR:${campaign.id}:FIRST_PAID`]).toBe(1);
    await t.db.participant.update({ where: { id: person.id }, data: { status: "PENDING", activatedAt: null } });
    expect((await today())[`QR:${campaign.id}:FIRST_PAID`]).toBeUndefined();
    await t.db.participant.update({ where: { id: person.id }, data: { status: "ACTIVE", activatedAt: new Date() } });

    // The dashboard: all of Banten sees everything; Kota Serang's staff its campaign's visitors only; Tangerang's none.
    const banten = (await dashboardFigures(t.db, dashboardFilters({}, dashboardReader()))).funnel!;
    expect(banten.campaignsOnly).toBe(false);
    expect(banten.rows.map((r) => r.count)).toEqual([2, 1, 0, 0, 2, 1]);
    expect(banten.byCampaign).toEqual([
      expect.objectContaining({ key: campaign.id, campaign: expect.objectContaining({ name: "Bazar UMKM Serang" }) }),
    ]);
    const serangView = (await dashboardFigures(t.db, dashboardFilters({}, dashboardReader("3673")))).funnel!;
    expect(serangView.campaignsOnly).toBe(true);
    expect(serangView.rows.map((r) => r.count)).toEqual([1, 1, 0, 0, 1, 1]);
    expect(serangView.rows[1]).toMatchObject({ step: "ADDRESS", ofFirst: 1, ofPrevious: 1 });
    const tangerangView = (await dashboardFigures(t.db, dashboardFilters({}, dashboardReader("3671")))).funnel!;
    expect(tangerangView.rows.every((r) => r.count === 0)).toBe(true);
    // Not shown for another category or channel.
    expect((await dashboardFigures(t.db, dashboardFilters({ category: "PU" }, dashboardReader()))).funnel).toBeNull();

    // BJB officer performance: the campaign's registration and first payment credited to its officer and branch,
    // though the officer enrolled nobody themself; another branch's view does not show them.
    const bjb = await dashboardFigures(t.db, dashboardFilters({ via: "bjb", branch: serang.id }, dashboardReader()));
    expect(bjb.officers).toEqual([
      expect.objectContaining({ officerId: officer.id, participants: 0, clients: 0, campaignRegistrations: 1, campaignFirstPaid: 1 }),
    ]);
    expect(bjb.branchPerformance).toEqual([
      expect.objectContaining({ branchId: serang.id, campaignRegistrations: 1, campaignFirstPaid: 1 }),
    ]);
    const before = await dashboardFigures(t.db, dashboardFilters({ via: "bjb", branch: serang.id, asOf: "2026-01-01" }, dashboardReader()));
    expect(before.officers).toEqual([]);
    const elsewhere = await dashboardFigures(t.db, dashboardFilters({ via: "bjb", branch: tangerang.id }, dashboardReader()));
    expect(elsewhere.officers).toEqual([]);
  });
});
