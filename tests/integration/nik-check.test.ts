// /daftar's first step asks whether a NIK is registered already
// (lib/bpu-registration/nik-check.ts): the same answer as the final submit,
// under the sign-in's per-address limit.
import { describe, expect, it } from "vitest";
import { signInWithLimits } from "../../lib/auth/login-guard";
import { registeredNikCheck } from "../../lib/bpu-registration/nik-check";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { LIMITS } from "../../lib/security/limits";
import { consumeLimit } from "../../lib/security/rate-limit";
import { expectRefused, runAs, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik, registrationForm } from "../support/factories";

const t = setupTestDatabase();
const check = (nik: unknown, ip?: string) => runAs(t.db, registeredNikCheck, { nik }, ip ? { source: { ip } } : {});

async function tableCounts() {
  const [participants, users, audits] = await Promise.all([t.db.participant.count(), t.db.user.count(), t.db.auditLog.count()]);
  return { participants, users, audits };
}

describe("the NIK check of /daftar's first step", () => {
  it("says a self-registered worker's NIK is registered, with the final submit's own field error", async () => {
    const form = registrationForm();
    succeeded(await runAs(t.db, bpuSelfRegistration, form));
    expectRefused(await check(form.nik), { nik: "errors.nik.registered" });
    // Typed with spaces around it, as phones paste it: the same NIK.
    expectRefused(await check(` ${form.nik} `), { nik: "errors.nik.registered" });
    // The final submit says the same.
    expectRefused(await runAs(t.db, bpuSelfRegistration, { ...registrationForm(), nik: form.nik }), { nik: "errors.nik.registered" });
  });

  it("says so for a participant an officer enrolled, who has no account yet (they activate it instead)", async () => {
    const nik = makeNik("1988-03-09", "M");
    await t.db.participant.create({
      data: {
        kpj: "88000000001",
        nik,
        name: "Didaftarkan Petugas",
        birthDate: new Date("1988-03-09"),
        gender: "M",
        category: "PU",
        channel: "BANK_OFFICER",
        regencyCode: "3673",
      },
    });
    expectRefused(await check(nik), { nik: "errors.nik.registered" });
  });

  it("lets an unknown NIK through and writes nothing but the limit's count", async () => {
    const before = await tableCounts();
    expect(succeeded(await check(makeNik()))).toEqual({ registered: false });
    expect(await tableCounts()).toEqual(before);
  });

  it.each([
    ["an empty NIK", "", "errors.required"],
    ["a short NIK", "367301", "errors.nik.length"],
    ["letters", "36730155O6850002", "errors.nik.digits"],
    ["serial 0000", "3673014507900000", "errors.nik.serial"],
    ["a region that never was", "9999014507900001", "errors.nik.region"],
  ])("answers %s with the field's error, as the form's own check does", async (_label, nik, message) => {
    expectRefused(await check(nik), { nik: message });
  });

  it("answers a NIK that is missing or not text with a field error", async () => {
    expectRefused(await runAs(t.db, registeredNikCheck, {}), { nik: "errors.required" });
    const file = new FormData();
    file.set("nik", new File(["3673015506850002"], "nik.txt"));
    expectRefused(await runAs(t.db, registeredNikCheck, file), { nik: "errors.invalid" });
  });

  it("has a per-address limit of the sign-in's size: refused with the usual message once spent, while sign-in from there goes on", async () => {
    const ip = "198.51.100.23";
    const registered = registrationForm();
    succeeded(await runAs(t.db, bpuSelfRegistration, registered));
    // An invalid NIK costs nothing (the form's own check would have caught it).
    expect(LIMITS.nikCheck.points).toBe(LIMITS.loginIp.points);
    await consumeLimit(t.db, "nikCheck", ip, LIMITS.nikCheck.points - 2);
    expectRefused(await check("123", ip), { nik: "errors.nik.length" });
    // The last two points: one answer each, whatever it says.
    expect(succeeded(await check(makeNik(), ip))).toEqual({ registered: false });
    expectRefused(await check(registered.nik, ip), { nik: "errors.nik.registered" });

    const limited = await check(registered.nik, ip);
    expect(limited).toMatchObject({
      ok: false,
      fieldErrors: {},
      formError: expect.stringMatching(/^errors\.tooManyRequests\?seconds=\d+$/),
    });
    // Staff see the pattern once per block, not once per refused try (issue 15).
    expect(await check(registered.nik, ip)).toMatchObject({ ok: false });
    const seen = await t.db.auditLog.findMany({ where: { action: "security.nik_enumeration", entityId: ip } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ entity: "Address", ip });
    // Counted apart: a crowd registering behind one address does not lock its sign-ins.
    await expect(signInWithLimits(t.db, registered.nik, registered.password, ip)).resolves.toBeTruthy();
    // Another address is not affected.
    expectRefused(await check(registered.nik, "198.51.100.24"), { nik: "errors.nik.registered" });
  });

  it("is not spent by failed sign-ins from the same address", async () => {
    const ip = "198.51.100.25";
    await consumeLimit(t.db, "loginIp", ip, LIMITS.loginIp.points);
    expect(succeeded(await check(makeNik(), ip))).toEqual({ registered: false });
  });
});
