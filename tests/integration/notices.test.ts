// The daily notices (issue 13): a new bill, a reminder 3 days before the due
// date, a warning after 1 and 2 unpaid months; none for who opted out; once.
import { describe, expect, it } from "vitest";
import { queueDailyNotices } from "../../lib/messages/notices";
import { DAILY_CAP, queueMessages } from "../../lib/messages/outbox";
import { updatePreferences } from "../../lib/participants/preferences";
import { runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { billingContactUpdate } from "../../lib/officer/billing-contact";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { bpuBill, bpuWorker, type WorkerOptions } from "../support/bpu-fixtures";
import { createBranch, createCompany, createOfficer } from "../support/records";

const t = setupTestDatabase();
/** 08:00 WIB on 12 December 2026: the notices job's hour. */
const NOW = new Date("2026-12-12T01:00:00Z");
const worker = (options?: WorkerOptions) => bpuWorker(t.db, options);
const bill = (participantId: string, period: string, status: "UNPAID" | "OVERDUE" | "PAID", dueDate: string) =>
  bpuBill(t.db, participantId, period, status, dueDate);

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
    expect(await queueDailyNotices(t.db, NOW)).toEqual({
      billIssued: 0,
      reminders: 0,
      arrears: 0,
      companyBills: 0,
      companyArrears: 0,
      sponsorshipEnding: 0,
    });
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

  it("follow what the worker chose on /akun: WhatsApp in English, then no reminders; a worker changes only their own record", async () => {
    const sari = await worker();
    const account = await t.db.user.create({
      data: { role: "WORKER", name: sari.name, phone: sari.phone, passwordHash: "x", participantId: sari.id },
    });
    const as = sessionUserOf({ ...account, participantId: sari.id });
    succeeded(await runAs(t.db, updatePreferences, { textChannel: "WHATSAPP", reminders: "true", locale: "en" }, { as }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: sari.id } })).toMatchObject({
      textChannel: "WHATSAPP",
      remindersOptOut: false,
      locale: "en",
    });
    const december = await bill(sari.id, "2026-12", "UNPAID", "2026-12-15");
    await queueDailyNotices(t.db, NOW);
    expect((await texts(sari.id)).find((m) => m.template === "reminder")).toEqual({
      template: "reminder",
      channel: "WHATSAPP",
      body: `Reminder: your BPJS Ketenagakerjaan contribution of Rp 16.800 is due on December 15, 2026. Pay to BJB virtual account ${december.virtualAccount}.`,
    });

    // Reminders off: a later bill brings neither a new-bill notice nor a reminder.
    succeeded(await runAs(t.db, updatePreferences, { textChannel: "WHATSAPP", locale: "id" }, { as }));
    await bill(sari.id, "2027-01", "UNPAID", "2026-12-16");
    await queueDailyNotices(t.db, new Date(NOW.getTime() + 86_400_000));
    expect(await t.db.message.count({ where: { participantId: sari.id } })).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: "participant.preferences", entityId: sari.id } })).toBe(2);
    // Anyone else (an officer, a worker without a record) reaches no participant.
    expect(
      await runAs(
        t.db,
        updatePreferences,
        { textChannel: "SMS", locale: "id" },
        { as: sessionUserOf({ id: account.id, name: "x", role: "WORKER" }) },
      ),
    ).toEqual({
      denied: "not-found",
    });
  });

  it("e-mail a company's bill and its arrears to the contact its officer named, else to the owner; once each", async () => {
    const branch = await createBranch(t.db, "3673");
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    const named = await createCompany(t.db, branch.id, { name: "CV Kontak Jelas" });
    const ownerOnly = await createCompany(t.db, branch.id, { name: "UD Pemilik Saja" });
    const owner = await worker();
    await t.db.participant.update({ where: { id: owner.id }, data: { email: "pemilik@example.test" } });
    await t.db.company.update({ where: { id: ownerOnly.id }, data: { ownerId: owner.id } });
    const silent = await createCompany(t.db, branch.id, { name: "UD Tanpa Email" });

    // The officer names the contact; an address that is not one is refused and changes nothing.
    const contact = { companyId: named.id, contactName: "Rina (keuangan)", contactEmail: "Rina@Example.test" };
    expect(await runAs(t.db, billingContactUpdate, { ...contact, contactEmail: "bukan email" }, { as: officer })).toMatchObject({
      ok: false,
      fieldErrors: { contactEmail: "errors.email" },
    });
    succeeded(await runAs(t.db, billingContactUpdate, contact, { as: officer }));
    expect(await t.db.company.findUniqueOrThrow({ where: { id: named.id } })).toMatchObject({ contactEmail: "rina@example.test" });
    // An officer of another branch finds no such client.
    const stranger = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db, "3671")).id));
    expect(await runAs(t.db, billingContactUpdate, contact, { as: stranger })).toEqual({ denied: "not-found" });

    const companyBill = (companyId: string, period: string, status: "UNPAID" | "OVERDUE", dueDate: string, key: string) =>
      t.db.bill.create({
        data: {
          billingKey: `COMPANY:${companyId}:${period}`,
          category: "PU",
          companyId,
          periodStart: new Date(`${period}-01`),
          periodMonths: 1,
          dueDate: new Date(dueDate),
          total: 1_250_000n,
          fineAmount: status === "OVERDUE" ? 25_000n : 0n,
          virtualAccount: formatVirtualAccount(BigInt(key)),
          status,
        },
      });
    await companyBill(named.id, "2026-12", "UNPAID", "2026-12-15", "71000000001");
    const overdue = await companyBill(named.id, "2026-11", "OVERDUE", "2026-11-16", "71000000002");
    await companyBill(ownerOnly.id, "2026-12", "UNPAID", "2026-12-15", "71000000003");
    await companyBill(silent.id, "2026-12", "UNPAID", "2026-12-15", "71000000004");

    expect(await queueDailyNotices(t.db, NOW)).toMatchObject({ companyBills: 2, companyArrears: 1 });
    const mail = await t.db.message.findMany({
      where: { companyId: { in: [named.id, ownerOnly.id, silent.id] } },
      orderBy: [{ recipient: "asc" }, { template: "asc" }],
      select: { recipient: true, channel: true, template: true, subject: true, body: true },
    });
    expect(mail.map((m) => [m.recipient, m.channel, m.template])).toEqual([
      ["pemilik@example.test", "EMAIL", "companyBill"],
      ["rina@example.test", "EMAIL", "companyArrears"],
      ["rina@example.test", "EMAIL", "companyBill"],
    ]);
    expect(mail[1]!.body).toBe(
      `Iuran BPJS Ketenagakerjaan CV Kontak Jelas untuk November 2026 belum lunas (tunggakan Rp 1.275.000, termasuk denda bila ada; jatuh tempo 16 November 2026). Bayar ke VA BJB ${overdue.virtualAccount} agar perlindungan pekerja Anda tetap berjalan.`,
    );
    expect((await queueDailyNotices(t.db, NOW)).companyBills).toBe(0);
  });
});
