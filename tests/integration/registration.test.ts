import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/prisma";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { authenticate } from "../../lib/auth/credentials";
import { isValidKpj } from "../../lib/domain/kpj";
import { isValidVirtualAccount } from "../../lib/domain/virtual-account";
import { consumeLimit } from "../../lib/security/rate-limit";
import { LIMITS } from "../../lib/security/limits";
import { expectRefused, runAs, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { registrationForm } from "../support/factories";

const t = setupTestDatabase();
const actor = { ip: "127.0.0.1", userAgent: "vitest" };
const register = (form: Record<string, unknown>, db = t.db) => runAs(db, bpuSelfRegistration, form);

async function counts() {
  const [participants, users, bills, lines, audits] = await Promise.all([
    t.db.participant.count(),
    t.db.user.count(),
    t.db.bill.count(),
    t.db.billLine.count(),
    t.db.auditLog.count(),
  ]);
  return { participants, users, bills, lines, audits };
}

describe("BPU self-registration", () => {
  it("writes participant, first bill, account and audit entry together", async () => {
    // Filled in English: what Lindung sends the worker is in English too.
    const form = registrationForm({ income: "1000000", months: "3", jht: "true", locale: "en" });
    // 20 November 2026, after the 15th: the first bill covers November – January and is due the day it is issued.
    const now = new Date("2026-11-20T03:00:00Z");
    const result = succeeded(await runAs(t.db, bpuSelfRegistration, form, { source: actor, now }));
    expect(isValidKpj(result.kpj)).toBe(true);

    const participant = await t.db.participant.findUniqueOrThrow({
      where: { nik: form.nik },
      include: { bills: { include: { lines: true } }, account: true },
    });
    expect(participant).toMatchObject({
      kpj: result.kpj,
      status: "PENDING",
      category: "BPU",
      channel: "SELF",
      phone: "+62" + String(form.phone).slice(1),
      incomeTier: 1_000_000,
      programs: ["JKK", "JKM", "JHT"],
      paymentPeriodMonths: 3,
      locale: "en",
    });
    const told = await t.db.message.findFirstOrThrow({ where: { participantId: participant.id }, select: { body: true } });
    expect(told.body).toMatch(/^Your BPJS Ketenagakerjaan registration was received\. KPJ /);
    expect(participant.consentVersion).toBeTruthy();
    expect(participant.account?.role).toBe("WORKER");
    const [bill] = participant.bills;
    // PP 50/2025 halves JKK and JKM through December 2026 for a trader (OTHER): 28,400 + 28,400 + 36,800.
    expect(bill.total).toBe(BigInt(28_400 * 2 + 36_800));
    expect(bill.dueDate).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(isValidVirtualAccount(bill.virtualAccount)).toBe(true);
    expect(bill.lines.map((l) => [l.program, l.amount, l.reliefAmount]).sort()).toEqual([
      ["JHT", 60_000, 0],
      ["JKK", 20_000, 10_000],
      ["JKM", 13_600, 6_800],
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: participant.id } });
    expect(audit).toMatchObject({ action: "participant.register", ip: "127.0.0.1" });
    expect(JSON.stringify(audit.after)).not.toContain(form.nik);
  });

  it("lets the new worker sign in with NIK or phone, and not with a wrong password", async () => {
    const form = registrationForm();
    succeeded(await register(form));
    expect((await authenticate(t.db, String(form.nik), String(form.password)))?.role).toBe("WORKER");
    expect(await authenticate(t.db, String(form.phone), String(form.password))).not.toBeNull();
    expect(await authenticate(t.db, String(form.nik), "salah-password")).toBeNull();
  });

  it.each([
    ["an invalid NIK", { nik: "3673014507900000" }, "nik", "errors.nik.serial"],
    ["a NIK of an unknown region", { nik: "9999014507900001" }, "nik", "errors.nik.region"],
    ["a birth date that disagrees with the NIK", { birthDate: "1991-07-05" }, "birthDate", "errors.nik.birthDateMismatch"],
    ["a gender that disagrees with the NIK", { gender: "M" }, "gender", "errors.nik.genderMismatch"],
    ["an income of nothing", { income: "0" }, "income", "errors.income.min?min=1"],
    ["a malformed phone", { phone: "0812-12" }, "phone", "errors.phone.invalid"],
    ["a landline phone", { phone: "0254 200123" }, "phone", "errors.phone.not_mobile"],
    ["no consent", { consent: undefined }, "consent", "errors.consent"],
    ["a district outside the regency", { districtCode: "367101" }, "districtCode", "errors.district"],
  ] as const)("rejects %s at the field and writes nothing", async (_label, override, field, message) => {
    const form = registrationForm();
    // A gender/birth-date override must not also change the NIK the factory builds.
    const values = { ...form, ...override };
    const before = await counts();
    const result = await register(values);
    expect(result).toMatchObject({ ok: false, fieldErrors: expect.objectContaining({ [field]: message }) });
    expect(await counts()).toEqual(before);
  });

  it("counts only valid forms against the abuse limit, and a refusal writes nothing", async () => {
    const source = { ip: "198.51.100.7" };
    // One valid form short of the limit, then a typo: it is sent back and costs nothing.
    await consumeLimit(t.db, "registration", source.ip, LIMITS.registration.points - 1);
    const before = await counts();
    const typo = await runAs(t.db, bpuSelfRegistration, { ...registrationForm(), income: "0" }, { source });
    expectRefused(typo, { income: "errors.income.min?min=1" });
    succeeded(await runAs(t.db, bpuSelfRegistration, registrationForm(), { source }));
    const afterLast = await counts();
    expect(afterLast.participants).toBe(before.participants + 1);
    const limited = await runAs(t.db, bpuSelfRegistration, registrationForm(), { source });
    expect(limited).toMatchObject({
      ok: false,
      fieldErrors: {},
      formError: expect.stringMatching(/^errors\.tooManyRequests\?seconds=\d+$/),
    });
    expect(await counts()).toEqual(afterLast);
  });

  it("registers a resident whose NIK was issued in a district that has since moved (Kab. Serang 36.04.01, now Kota Serang)", async () => {
    // Issue 11.6: a NIK never changes when districts move; this one was refused as "unknown region".
    const form = registrationForm({ nik: "3604012512850123", birthDate: "1985-12-25", gender: "M", name: "Ujang Suhendar" });
    succeeded(await register(form));
    const participant = await t.db.participant.findUniqueOrThrow({ where: { nik: "3604012512850123" } });
    // The address is where they live now (Kota Serang); the NIK's district is not their address.
    expect(participant).toMatchObject({ regencyCode: "3673", birthDate: new Date("1985-12-25T00:00:00Z") });
  });

  it("refuses an e-mail address another account has, at the field, and writes nothing", async () => {
    succeeded(await register(registrationForm({ email: "siti.aminah@contoh.id" })));
    const before = await counts();
    const again = await register(registrationForm({ email: "siti.aminah@contoh.id" }));
    expectRefused(again, { email: "errors.emailRegistered" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a second registration of the same NIK and keeps the first", async () => {
    const form = registrationForm();
    succeeded(await register(form));
    const before = await counts();
    const again = await register({ ...form, phone: "081399998888" });
    expectRefused(again, { nik: "errors.nik.registered" });
    expect(await counts()).toEqual(before);
  });

  it("leaves exactly one participant when ten submissions race on one NIK", async () => {
    const form = registrationForm();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => register({ ...form, phone: `08577700${String(i).padStart(4, "0")}` })),
    );
    expect(results.filter((r) => "ok" in r && r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !("ok" in r && r.ok))) expectRefused(r, { nik: "errors.nik.registered" });
    expect(await t.db.participant.count({ where: { nik: form.nik } })).toBe(1);
    const participant = await t.db.participant.findUniqueOrThrow({ where: { nik: form.nik } });
    expect(await t.db.bill.count({ where: { participantId: participant.id } })).toBe(1);
  });

  it("answers a database failure with a form error the worker can act on, not a crash", async () => {
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/none?sslmode=disable&connect_timeout=2");
    try {
      const result = await register(registrationForm(), unreachable);
      expectRefused(result, {}, "errors.unexpected");
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("never issues a KPJ number twice", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => register(registrationForm())));
    const kpjs = results.map((r) => ("ok" in r && r.ok ? r.data.kpj : "failed"));
    expect(kpjs).not.toContain("failed");
    expect(new Set(kpjs).size).toBe(kpjs.length);
  });
});
