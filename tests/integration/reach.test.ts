// The dashboard's reach figures (issue 13): reminders sent, the share paid
// within 7 days of one, and the BPU lapse rate, per month and regency.
import { describe, expect, it } from "vitest";
import { queueDailyNotices } from "../../lib/messages/notices";
import { reachFigures, refreshReachFigures } from "../../lib/stats/reach";
import { bpuBill, bpuWorker } from "../support/bpu-fixtures";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();
const CILEGON = "3672";
const LEBAK = "3602";

/** A reminder as the worker delivered it: queued by the notices job, sent at `sentAt` on each channel. */
async function remindedAndSent(now: Date, sentAt: Date) {
  await queueDailyNotices(t.db, now);
  await t.db.message.updateMany({ where: { template: "reminder", status: "QUEUED" }, data: { status: "SENT", sentAt } });
}

const lapse = (participantId: string, at: Date) =>
  t.db.auditLog.create({
    data: {
      action: "participant.coverage",
      entity: "Participant",
      entityId: participantId,
      before: { status: "ACTIVE" },
      after: { status: "INACTIVE" },
      at,
    },
  });

const december = (regency: string) =>
  reachFigures(t.db, { regency, from: "2026-11-01", to: "2026-12-01" }).then((r) => r.months.find((m) => m.month === "2026-12"));

describe("reach figures", () => {
  it("count reminded bills once, those paid within 7 days, and BPU lapses over active at the month's start, per regency", async () => {
    // Three reminded bills in Cilegon: one paid 2 days after, one 10 days after, one not at all.
    const [quick, late, never] = [
      await bpuWorker(t.db, { regencyCode: CILEGON }),
      await bpuWorker(t.db, { regencyCode: CILEGON }),
      await bpuWorker(t.db, { regencyCode: CILEGON }),
    ];
    const bills = await Promise.all([quick, late, never].map((w) => bpuBill(t.db, w.id, "2026-12", "UNPAID", "2026-12-15")));
    const sentAt = new Date("2026-12-12T01:05:00Z");
    // Also by e-mail: still one reminder for the bill.
    await t.db.participant.update({ where: { id: quick.id }, data: { email: "quick@example.test" } });
    await remindedAndSent(new Date("2026-12-12T01:00:00Z"), sentAt);
    expect(await t.db.message.count({ where: { template: "reminder", participantId: quick.id } })).toBe(2);
    await t.db.bill.update({
      where: { id: bills[0]!.id },
      data: { status: "PAID", paidAmount: 16_800n, paidAt: new Date("2026-12-14T03:00:00Z") },
    });
    await t.db.bill.update({
      where: { id: bills[1]!.id },
      data: { status: "PAID", paidAmount: 16_800n, paidAt: new Date("2026-12-22T03:00:00Z") },
    });

    // Active at the start: counted by the month's first run; a lapse in the month, and one of a PU worker (not BPU).
    const gone = await bpuWorker(t.db, { regencyCode: CILEGON });
    await refreshReachFigures(t.db, new Date("2026-12-01T18:00:00Z"));
    await t.db.participant.update({ where: { id: gone.id }, data: { status: "INACTIVE" } });
    await lapse(gone.id, new Date("2026-12-05T18:00:00Z"));
    const employee = await bpuWorker(t.db, { regencyCode: CILEGON, category: "PU" });
    await lapse(employee.id, new Date("2026-12-05T18:00:00Z"));
    // In Lebak, nobody: a count of zero is known, and no rate is invented.
    await refreshReachFigures(t.db, new Date("2026-12-28T01:00:00Z"));

    const active = 4; // quick, late, never and gone; not the PU worker
    expect(await december(CILEGON)).toEqual({
      month: "2026-12",
      remindersSent: 3,
      paidWithin7Days: 1,
      paidShare: 1 / 3,
      bpuActiveAtStart: active,
      bpuLapsed: 1,
      lapseRate: 1 / active,
    });
    expect(await december(LEBAK)).toEqual({
      month: "2026-12",
      remindersSent: 0,
      paidWithin7Days: 0,
      paidShare: null,
      bpuActiveAtStart: 0,
      bpuLapsed: 0,
      lapseRate: null,
    });
    // All Banten: the regencies summed; Cilegon's row in the per-regency table.
    const all = await reachFigures(t.db, { from: "2026-11-01", to: "2026-12-01" });
    expect(all.months).toEqual([expect.objectContaining({ month: "2026-12", remindersSent: 3, bpuActiveAtStart: active, bpuLapsed: 1 })]);
    expect(all.byRegency.find((r) => r.regencyCode === CILEGON)?.months[0]?.lapseRate).toBe(1 / active);

    // A reversal re-opens the quick payer's bill: the next night's figures no longer count it; the start count stays.
    await t.db.bill.update({ where: { id: bills[0]!.id }, data: { status: "UNPAID", paidAmount: 0n, paidAt: null } });
    await refreshReachFigures(t.db, new Date("2026-12-29T01:00:00Z"));
    expect(await december(CILEGON)).toMatchObject({ remindersSent: 3, paidWithin7Days: 0, bpuActiveAtStart: active });
  });

  it("leave a month whose start was never counted without a rate (unknown, not zero)", async () => {
    const late = await bpuWorker(t.db, { regencyCode: LEBAK });
    await t.db.participant.update({ where: { id: late.id }, data: { status: "INACTIVE" } });
    await lapse(late.id, new Date("2026-11-20T03:00:00Z"));
    await refreshReachFigures(t.db, new Date("2026-12-29T01:00:00Z"));
    const november = (await reachFigures(t.db, { regency: LEBAK, from: "2026-11-01", to: "2026-12-01" })).months[0];
    expect(november).toMatchObject({ month: "2026-11", bpuLapsed: 1, bpuActiveAtStart: null, lapseRate: null });
  });
});
