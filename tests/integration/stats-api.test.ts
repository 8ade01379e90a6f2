import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import { API_V1_DOCUMENT } from "../../lib/openapi/operations";
import type { SessionUser } from "../../lib/auth/credentials";
import { jakartaDate } from "../../lib/domain/time";
import { STATS_MESSAGES } from "../../lib/stats/schema";
import { statsEndpoint } from "../../lib/stats/api";
import { setupTestDatabase } from "../support/database";
import { schemaViolations } from "../support/openapi";
import { makeNik } from "../support/factories";
import { createBranch } from "../support/records";

const t = setupTestDatabase();

const staff = (regionCode: string | null): SessionUser => ({
  id: "0190a000-0000-7000-8000-000000000001",
  name: "Staf Uji",
  role: "BPJS_STAFF",
  branchId: null,
  regionCode,
  sponsorId: null,
  participantId: null,
});
const admin: SessionUser = { ...staff(null), role: "ADMIN" };
const worker: SessionUser = { ...staff(null), role: "WORKER" };
const officer: SessionUser = { ...staff(null), role: "BANK_OFFICER", branchId: "0190a000-0000-7000-8000-000000000002" };

let key: { key: string; prefix: string };
let revoked: { key: string; prefix: string };

function get(query: string, options: { user?: SessionUser | null; key?: string } = {}) {
  const headers: Record<string, string> = options.key ? { authorization: `Bearer ${options.key}` } : {};
  return statsEndpoint(new Request(`http://localhost/api/v1/stats${query}`, { headers }), {
    db: t.db,
    now: new Date(),
    sessionUser: async () => options.user ?? null,
  });
}

let serial = Math.floor(Math.random() * 1_000_000);
async function participant(
  category: "PU" | "BPU" | "JAKON",
  regencyCode: string,
  createdAt: string,
  status: "PENDING" | "ACTIVE" = "PENDING",
) {
  await t.db.participant.create({
    data: {
      kpj: String(41_000_000_000 + ++serial),
      nik: makeNik("1988-08-08", "F"),
      name: "Peserta API",
      birthDate: new Date("1988-08-08"),
      gender: "F",
      category,
      channel: "SELF",
      regencyCode,
      status,
      createdAt: new Date(createdAt),
    },
  });
}

beforeAll(async () => {
  const branch = await createBranch(t.db);
  key = await createApiKey(t.db, { name: "BJB dashboard", branchId: branch.id });
  revoked = await createApiKey(t.db, { name: "old", branchId: branch.id });
  await revokeApiKey(t.db, revoked.prefix);
  await participant("BPU", "3673", "2025-06-01T03:00:00Z");
  await participant("PU", "3673", "2025-06-02T03:00:00Z", "ACTIVE");
  await participant("JAKON", "3601", "2025-06-03T03:00:00Z");
  await participant("PU", "3601", "2025-07-01T03:00:00Z");
  await t.db.company.create({
    data: {
      npp: String(80_000_000 + serial),
      name: "PT API",
      scale: "SMALL",
      riskClass: 1,
      regencyCode: "3673",
      channel: "SELF",
      createdAt: new Date("2025-05-01T03:00:00Z"),
    },
  });
});

describe("GET /api/v1/stats", () => {
  it("answers an admin with the figures in exactly the documented shape", async () => {
    const response = await get("?asOf=2025-06-30", { user: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["asOf", "participants", "activeParticipants", "activeCompanies", "byRegency"]);
    expect(body.asOf).toBe("2025-06-30");
    expect(body.participants).toEqual({ total: 3, PU: 1, BPU: 1, JAKON: 1 });
    expect(body.activeParticipants).toBe(1);
    expect(body.activeCompanies).toBe(1);
    expect(body.byRegency).toHaveLength(8);
    expect(body.byRegency[0]).toEqual({ code: "3601", name: "Kabupaten Pandeglang", active: 0, total: 1, PU: 0, BPU: 0, JAKON: 1 });
    expect(body.byRegency.find((r: { code: string }) => r.code === "3673")).toEqual({
      code: "3673",
      name: "Kota Serang",
      active: 1,
      total: 2,
      PU: 1,
      BPU: 1,
      JAKON: 0,
    });
    expect(schemaViolations("/paths/~1api~1v1~1stats/get/responses/200/content/application~1json/schema", body)).toEqual([]);
  });

  it("answers an API key for the whole province, and one regency when asked", async () => {
    const all = await (await get("?asOf=2025-07-31", { key: key.key })).json();
    expect(all.participants).toEqual({ total: 4, PU: 2, BPU: 1, JAKON: 1 });
    const one = await get("?asOf=2025-07-31&regency=3601", { key: key.key });
    expect(await one.json()).toEqual({
      asOf: "2025-07-31",
      participants: { total: 2, PU: 1, BPU: 0, JAKON: 1 },
      activeParticipants: 0,
      activeCompanies: 0,
      byRegency: [{ code: "3601", name: "Kabupaten Pandeglang", active: 0, total: 2, PU: 1, BPU: 0, JAKON: 1 }],
    });
  });

  it("defaults asOf to today in Asia/Jakarta", async () => {
    const body = await (await get("", { user: staff(null) })).json();
    expect(body.asOf).toBe(jakartaDate());
    expect(body.participants.total).toBe(4);
  });

  it("limits regional staff to their own regency: another one is not found", async () => {
    const own = await (await get("?asOf=2025-07-31", { user: staff("3601") })).json();
    expect(own.byRegency.map((r: { code: string }) => r.code)).toEqual(["3601"]);
    expect(own.participants.total).toBe(2);
    expect((await get("?asOf=2025-07-31&regency=3601", { user: staff("3601") })).status).toBe(200);
    const other = await get("?asOf=2025-07-31&regency=3673", { user: staff("3601") });
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: STATS_MESSAGES.notFound });
  });

  it("refuses anonymous callers and bad keys with 401, other roles with 404", async () => {
    for (const response of [await get("?asOf=2025-07-31"), await get("", { key: revoked.key }), await get("", { key: "lk_nope" })]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect(await response.json()).toEqual({ error: STATS_MESSAGES.unauthenticated });
    }
    // A bad key is refused even beside a valid session.
    expect((await get("", { key: revoked.key, user: admin })).status).toBe(401);
    for (const user of [worker, officer]) {
      const response = await get("?asOf=2025-07-31", { user });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: STATS_MESSAGES.notFound });
    }
  });

  it.each([
    ["?asOf=31-07-2025", "asOf"],
    ["?asOf=2025-02-30", "asOf"],
    ["?asOf=1999-12-31", "asOf"],
    ["?regency=9999", "regency"],
    ["?regency=3201", "regency"],
    ["?asOf=2025-07-31&asOf=2025-07-30", "asOf"],
  ])("answers 400 with the field at fault for %s", async (query, field) => {
    const response = await get(query, { user: admin });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("Permintaan tidak valid");
    expect(Object.keys(body.fields)).toEqual([field]);
    expect(typeof body.fields[field]).toBe("string");
  });

  it("is in the OpenAPI document, open to an API key or a staff session", () => {
    const operation = API_V1_DOCUMENT.paths["/api/v1/stats"].get;
    expect(operation.security).toEqual([{ apiKey: [] }, { staffSession: [] }]);
    expect((operation.parameters as { name: string }[]).map((p) => p.name)).toEqual(["asOf", "regency"]);
    expect(Object.keys(operation.responses as object).sort()).toEqual(["200", "400", "401", "404"]);
  });
});
