// The daily notices (issue 13): a new bill, a reminder 3 days before the due
// date, a warning after 1 and 2 unpaid months; none for who opted out; once.
import { describe, expect, it } from "vitest";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { queueDailyNotices } from "../../lib/messages/notices";
import { DAILY_CAP, queueMessages } from "../../lib/messages/outbox";
import { updatePreferences } from "../../lib/participants/preferences";
import { runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";

const t = setupTestDatabase();
let serial = 0;
/** 08:00 WIB on 12 December 2026: the notices job's hour. */
const NOW = new Date("2026-12-12T01:00:00Z");

async function worker(options: { optOut?: boolean; textChannel?: "SMS" | "WHATSAPP" } = {}) {
  serial += 1;
  return t.db.participant.create({
    data: {
      kpj: String(47_000_000_000 + serial),
      nik: makeNik("1990-01-01", "F"),
      name: `Pekerja ${serial}`,
      birthDate: new Date("1990-01-01"),
      gender: "F",
      phone: `+62813${String(serial).padStart(8, "0")}`,
      category: "BPU",
      status: "ACTIVE",
      channel: "SELF",
      regencyCode: "3673",
      programs: ["JKK", "JKM"],
      remindersOptOut: options.optOut ?? false,
      textChannel: options.textChannel ?? "SMS",
      createdAt: new Date("2026-09-10T03:00:00Z"),
    },
  });
}

async function bill(participantId: string, period: string, status: "UNPAID" | "OVERDUE" | "PAID", dueDate: string) {
  serial += 1;
  return t.db.bill.create({
    data: {
      billingKey: `NOTICE:${participantId}:${period}`,
      category: "BPU",
      participantId,
      periodStart: new Date(`${period}-01`),
      periodMonths: 1,
      dueDate: new Date(dueDate),
      total: 16_800n,
      status,
      paidAmount: status === "PAID" ? 16_800n : 0n,
      virtualAccount: formatVirtualAccount(BigInt(70_000_000_000 + serial)),
    },
  });
}

const texts = (participantId: string) =>
  t.db.message.findMany({ where: { participantId }, orderBy: { template: "asc" }, select: { template: true, channel: true, body: true } });

describe("daily notices", () => {
  it("tell of a new bill and remind 3 days before it is due, by the channel the worker chose; never who opted out", async () => {
    const sari = await worker({ textChannel: "WHATSAPP" });
    await bill(sari.id, "2026-12", "UNPAID", "2026-12-15");
    const quiet = await worker({ optOut: true });
    await bill(quiet.id, "2026-12", "UNPAID", "2026-12-15");

    const counts = await queueDailyNotices(t.db, NOW);
    expect(counts).toMatchObject({ billIssued: 1, reminders: 1 });
    const sent = await texts(sari.id);
    expect(sent.map((m) => [m.template, m.channel])).toEqual([
      ["billIssued", "WHATSAPP"],
      ["reminder", "WHATSAPP"],
    ]);
    expect(sent[1]!.body).toBe(
      `Pengingat: iuran BPJS Ketenagakerjaan Rp 16.800 jatuh tempo 15 Desember 2026. Bayar ke VA BJB ${(await t.db.bill.findFirstOrThrow({ where: { participantId: sari.id } })).virtualAccount}.`,
    );
    expect(await texts(quiet.id)).toEqual([]);

    // The same day again (a retried job): nothing new.
    expect(await queueDailyNotices(t.db, NOW)).toEqual({ billIssued: 0, reminders: 0, arrears: 0 });
  });

  it("warn after 1 and 2 unpaid months, not after 3 (cover has lapsed), each once", async () => {
    const one = await worker();
    await bill(one.id, "2026-11", "OVERDUE", "2026-11-16");
    const two = await worker();
    await bill(two.id, "2026-10", "OVERDUE", "2026-10-15");
    await bill(two.id, "2026-11", "OVERDUE", "2026-11-16");
    const three = await worker();
    for (const [period, due] of [
      ["2026-09", "2026-09-15"],
      ["2026-10", "2026-10-15"],
      ["2026-11", "2026-11-16"],
    ])
      await bill(three.id, period!, "OVERDUE", due!);

    await queueDailyNotices(t.db, NOW);
    expect((await texts(one.id)).map((m) => m.body)).toEqual([
      expect.stringContaining("belum dibayar 1 bulan (tunggakan Rp 16.800). Perlindungan berhenti jika 3 bulan tidak dibayar."),
    ]);
    expect((await texts(two.id)).map((m) => m.body)).toEqual([expect.stringContaining("belum dibayar 2 bulan (tunggakan Rp 33.600)")]);
    expect(await texts(three.id)).toEqual([]);
    expect((await queueDailyNotices(t.db, NOW)).arrears).toBe(0);
  });

  it("hold a person's messages beyond the day's cap until the next morning; receipts are never held", async () => {
    const busy = await worker();
    const draft = (template: "reviewApproved" | "paymentReceived", about: string) => ({
      template,
      about,
      to: { phone: busy.phone },
      participantId: busy.id,
      params: { kpj: busy.kpj, amount: "Rp 1", virtualAccount: "1", paidAt: NOW, receiptUrl: "https://x" },
    });
    const day = new Date("2026-12-12T03:00:00Z"); // 10:00 WIB
    for (let i = 0; i <= DAILY_CAP; i++) await t.db.$transaction((tx) => queueMessages(tx, [draft("reviewApproved", `cap-${i}`)], day));
    await t.db.$transaction((tx) => queueMessages(tx, [draft("paymentReceived", "cap-receipt")], day));
    const queued = await t.db.message.findMany({ where: { participantId: busy.id }, orderBy: { createdAt: "asc" } });
    const held = queued.filter((m) => m.notBefore > day);
    expect(held.map((m) => [m.idempotencyKey, m.notBefore.toISOString()])).toEqual([
      [`reviewApproved:cap-${DAILY_CAP}:SMS`, "2026-12-13T00:00:00.000Z"], // 07:00 WIB the next day
    ]);
  });

  it("follow what the worker chose on /akun: WhatsApp, then no reminders; a worker changes only their own record", async () => {
    const sari = await worker();
    const account = await t.db.user.create({
      data: { role: "WORKER", name: sari.name, phone: sari.phone, passwordHash: "x", participantId: sari.id },
    });
    const as = sessionUserOf({ ...account, participantId: sari.id });
    succeeded(await runAs(t.db, updatePreferences, { textChannel: "WHATSAPP", reminders: "true" }, { as }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: sari.id } })).toMatchObject({
      textChannel: "WHATSAPP",
      remindersOptOut: false,
    });
    succeeded(await runAs(t.db, updatePreferences, { textChannel: "WHATSAPP" }, { as }));
    await bill(sari.id, "2026-12", "UNPAID", "2026-12-15");
    await queueDailyNotices(t.db, NOW);
    expect(await texts(sari.id)).toEqual([]);
    expect(await t.db.auditLog.count({ where: { action: "participant.preferences", entityId: sari.id } })).toBe(2);
    // Anyone else (an officer, a worker without a record) reaches no participant.
    expect(
      await runAs(t.db, updatePreferences, { textChannel: "SMS" }, { as: sessionUserOf({ id: account.id, name: "x", role: "WORKER" }) }),
    ).toEqual({
      denied: "not-found",
    });
  });
});
