import { describe, expect, it } from "vitest";
import { auditJson, searchAudit } from "../../lib/audit/search";
import { recordAudit } from "../../lib/audit/record";
import { exportOwnData, toJson } from "../../lib/participants/data-export";
import { revealNik } from "../../lib/participants/nik-view";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { runAs, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { registrationForm } from "../support/factories";

const t = setupTestDatabase();

async function register(regencyCode = "3673", districtCode = "367301") {
  const form = registrationForm({ regencyCode, districtCode });
  succeeded(await runAs(t.db, bpuSelfRegistration, form, { source: { ip: "192.0.2.10", userAgent: "uji" } }));
  return t.db.participant.findUniqueOrThrow({ where: { nik: form.nik }, include: { account: true } });
}

describe("personal data", () => {
  it("a worker downloads everything held about them, and the download is audited", async () => {
    const p = await register();
    const data = await exportOwnData(t.db, p.id, { userId: p.account!.id, role: "WORKER", ip: "192.0.2.11" });
    const json = JSON.parse(toJson(data)) as {
      format: string;
      participant: Record<string, unknown> & { bills: unknown[] };
      history: { action: string }[];
    };
    expect(json.format).toBe("lindung-data-peserta/v1");
    expect(json.participant).toMatchObject({ nik: p.nik, kpj: p.kpj, name: p.name, consentVersion: expect.any(String) });
    expect(json.participant.bills).toHaveLength(1);
    expect(json.history.map((h) => h.action)).toContain("participant.register");
    expect(toJson(data)).not.toContain("passwordHash");
    const audit = await t.db.auditLog.findFirst({ where: { action: "participant.data_export", entityId: p.id } });
    expect(audit).toMatchObject({ actorId: p.account!.id, ip: "192.0.2.11" });
  });

  it("a full NIK shown to staff is recorded with who, why and from where", async () => {
    const p = await register();
    expect(await revealNik(t.db, { userId: null, role: "BPJS_STAFF", ip: "192.0.2.12" }, p, "review:abc")).toBe(p.nik);
    const audit = await t.db.auditLog.findFirst({ where: { action: "participant.nik_viewed", entityId: p.id } });
    expect(audit).toMatchObject({ actorRole: "BPJS_STAFF", ip: "192.0.2.12", after: { purpose: "review:abc" } });
  });

  it("the audit log cannot be changed or emptied, not even by a query through the app's own connection", async () => {
    const p = await register();
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entityId: p.id } });
    await expect(t.db.auditLog.update({ where: { id: entry.id }, data: { action: "dihapus" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await t.db.auditLog.findUnique({ where: { id: entry.id } })).toEqual(entry);
  });

  it("staff search the audit log, held to their region, with NIKs masked in what they read", async () => {
    const serang = await register("3673", "367301");
    const lebak = await register("3602", "360201");
    const me = await t.db.user.create({
      data: { role: "BPJS_STAFF", name: "Staf Uji", email: `staf-${Date.now()}@bpjstk.test`, passwordHash: "x", regionCode: "3673" },
    });
    const regional = await searchAudit(t.db, { entity: "Participant" }, { regionCode: "3673", userId: me.id });
    const ids = new Set(regional.rows.map((r) => r.entityId));
    expect(ids.has(serang.id)).toBe(true);
    expect(ids.has(lebak.id)).toBe(false);
    const everything = await searchAudit(t.db, { action: "participant.reg", entityId: lebak.id }, { regionCode: null, userId: me.id });
    expect(everything.rows).toHaveLength(1);
    expect(everything.rows[0]).toMatchObject({ action: "participant.register", ip: "192.0.2.10" });
    expect(auditJson({ nik: "3673015506850002" })).toBe('{"nik":"3673********0002"}');
    // A virtual account is 16 digits too, and no NIK: staff reconciling payments need it whole.
    expect(auditJson({ virtualAccount: "8812000000000183", owner: { nik: "3673015506850002" } })).toBe(
      '{"virtualAccount":"8812000000000183","owner":{"nik":"3673********0002"}}',
    );
    // Keyset pages, newest first: with a later entry for the same participant, the cursor of
    // the first row brings back exactly the older one.
    const later = await recordAudit(
      t.db,
      { userId: me.id, role: "BPJS_STAFF" },
      { action: "participant.nik_viewed", entity: "Participant", entityId: lebak.id },
    );
    const both = await searchAudit(t.db, { entityId: lebak.id }, { regionCode: null, userId: me.id });
    expect(both.rows.map((r) => r.id)).toEqual([later.id, everything.rows[0]!.id]);
    const older = await searchAudit(t.db, { before: String(later.id), entityId: lebak.id }, { regionCode: null, userId: me.id });
    expect(older.rows.map((r) => r.id)).toEqual([everything.rows[0]!.id]);
  });
});
