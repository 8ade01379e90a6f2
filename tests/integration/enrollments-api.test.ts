import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENROLL_WORKERS_API_ACTION, enrollmentEndpoint } from "../../lib/pu-enrollment/api";
import { ENROLLMENT_MESSAGES } from "../../lib/pu-enrollment/api-schema";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import { apiMessage } from "../../lib/http/api-messages";
import { API_V1_DOCUMENT } from "../../lib/openapi/operations";
import { createPrismaClient, type Db } from "../../lib/db/prisma";
import { concurrentClient, setupTestDatabase } from "../support/database";
import { operationPointers, schemaViolations } from "../support/openapi";
import { makeNik } from "../support/factories";
import { createBranch, createCompany } from "../support/records";

const URL = "http://localhost/api/v1/enrollments";
const t = setupTestDatabase();

let branchA: { id: string };
let branchB: { id: string };
let keyA: { id: string; key: string; prefix: string };
let keyB: { id: string; key: string; prefix: string };

beforeAll(async () => {
  branchA = await createBranch(t.db);
  branchB = await createBranch(t.db);
  keyA = await createApiKey(t.db, { name: "BJB core A", branchId: branchA.id });
  keyB = await createApiKey(t.db, { name: "BJB core B", branchId: branchB.id });
});

type Worker = { nik: string; name: string; birthPlace?: string; birthDate: string; gender: "M" | "F"; wage: number; [k: string]: unknown };

function apiWorker(overrides: Partial<Worker> = {}): Worker {
  const birthDate = overrides.birthDate ?? "1991-02-03";
  const gender = overrides.gender ?? "M";
  return { nik: makeNik(birthDate, gender), name: "Budi Santoso", birthPlace: "Serang", birthDate, gender, wage: 4_500_000, ...overrides };
}

let idempotencyCounter = 0;
const newIdempotencyKey = () => `test-${Date.now()}-${++idempotencyCounter}`;

function enrollmentRequest(
  body: unknown,
  options: { key?: string | null; idempotencyKey?: string | null; headers?: Record<string, string> } = {},
): Request {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  const key = options.key === undefined ? keyA.key : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const idempotencyKey = options.idempotencyKey === undefined ? newIdempotencyKey() : options.idempotencyKey;
  if (idempotencyKey !== null) headers["idempotency-key"] = idempotencyKey;
  return new Request(URL, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}

function post(body: unknown, options: Parameters<typeof enrollmentRequest>[1] = {}, database: Db = t.db) {
  return enrollmentEndpoint(enrollmentRequest(body, options), { db: database, now: new Date() });
}

/** Everything an enrollment writes, for "nothing was written" checks. */
async function footprint(companyId: string, niks: string[]) {
  const [participants, employments, audits, idempotencyRecords] = await Promise.all([
    t.db.participant.count({ where: { nik: { in: niks } } }),
    t.db.employment.count({ where: { companyId } }),
    t.db.auditLog.count({ where: { entityId: companyId, action: ENROLL_WORKERS_API_ACTION } }),
    t.db.idempotencyRecord.count(),
  ]);
  return { participants, employments, audits, idempotencyRecords };
}

const { request: REQUEST_POINTER, response: responsePointer } = operationPointers("/api/v1/enrollments", "post");

/**
 * The database as a request sees it when another request with the same key
 * commits just after this one looked: the first look finds no stored answer.
 */
function blindToFirstLookup(database: Db): Db {
  let blinded = false;
  const records = new Proxy(database.idempotencyRecord, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== "findUnique" || blinded) return typeof value === "function" ? value.bind(target) : value;
      blinded = true;
      return async () => null;
    },
  });
  return new Proxy(database, {
    get(target, property) {
      if (property === "idempotencyRecord") return records;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("POST /api/v1/enrollments: enrolling", () => {
  it("enrolls valid workers in one go: 201 with KPJs, rows for the company's branch, one audit row", async () => {
    const company = await createCompany(t.db, branchA.id);
    const elsewhere = await createCompany(t.db, branchA.id);
    const known = apiWorker({ birthDate: "1988-11-30", gender: "F", name: "Siti Aminah" });
    expect((await post({ npp: elsewhere.npp, workers: [known] })).status).toBe(201);

    const fresh = [apiWorker(), apiWorker({ wage: 5_250_000, startDate: "2026-01-05", phone: "0812 3456 7890" })];
    const body = { npp: company.npp, workers: [fresh[0], known, fresh[1]] };
    expect(schemaViolations(REQUEST_POINTER, body)).toEqual([]);
    const response = await post(body, {
      headers: { "x-real-ip": "203.0.113.7", "x-forwarded-for": "198.51.100.1, 10.0.0.1", "user-agent": "bjb-core/1.0" },
    });

    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("idempotent-replayed")).toBeNull();
    const result = await response.json();
    expect(result).toMatchObject({ npp: company.npp, created: 2, linked: 1, skipped: 0 });
    expect(result.workers.map((w: { nik: string; outcome: string }) => [w.nik, w.outcome])).toEqual([
      [fresh[0].nik, "new"],
      [known.nik, "link"],
      [fresh[1].nik, "new"],
    ]);
    expect(schemaViolations(responsePointer(201), result)).toEqual([]);

    const participants = await t.db.participant.findMany({
      where: { nik: { in: body.workers.map((w) => w.nik) } },
      include: { employments: { where: { companyId: company.id } } },
    });
    expect(participants).toHaveLength(3);
    for (const worker of result.workers) {
      const participant = participants.find((p) => p.nik === worker.nik)!;
      expect(worker.kpj).toMatch(/^\d{11}$/);
      expect(participant.kpj).toBe(worker.kpj);
      expect(participant.employments).toHaveLength(1);
    }
    const created = participants.filter((p) => p.nik !== known.nik);
    expect(created.map((p) => [p.channel, p.category, p.branchId, p.enrolledById])).toEqual([
      ["API", "PU", branchA.id, null],
      ["API", "PU", branchA.id, null],
    ]);
    const second = participants.find((p) => p.nik === fresh[1].nik)!;
    expect(second.phone).toBe("+6281234567890");
    expect(second.employments[0]).toMatchObject({ monthlyWage: 5_250_000, startDate: new Date("2026-01-05T00:00:00Z") });

    const audits = await t.db.auditLog.findMany({ where: { entityId: company.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: ENROLL_WORKERS_API_ACTION,
      entity: "Company",
      actorId: null,
      ip: "203.0.113.7",
      userAgent: "bjb-core/1.0",
      after: { apiKeyId: keyA.id, created: 2, linked: 1, skipped: 0 },
    });
  });

  it("answers a retry with the same Idempotency-Key with the stored answer and writes nothing", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = [apiWorker(), apiWorker()];
    const idempotencyKey = newIdempotencyKey();
    const first = await post({ npp: company.npp, workers }, { idempotencyKey });
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const before = await footprint(
      company.id,
      workers.map((w) => w.nik),
    );
    expect(before).toMatchObject({ participants: 2, employments: 2, audits: 1 });

    // The same JSON with keys in another order and other whitespace is the same request.
    const reordered = JSON.stringify(
      { workers: workers.map((w) => Object.fromEntries(Object.entries(w).reverse())), npp: company.npp },
      null,
      2,
    );
    const replay = await post(reordered, { idempotencyKey });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.text()).toBe(firstBody);
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toEqual(before);
  });

  it("refuses the same Idempotency-Key with a different body (422) and writes nothing", async () => {
    const company = await createCompany(t.db, branchA.id);
    const idempotencyKey = newIdempotencyKey();
    const first = [apiWorker()];
    expect((await post({ npp: company.npp, workers: first }, { idempotencyKey })).status).toBe(201);
    const other = [apiWorker()];
    const before = await footprint(
      company.id,
      [...first, ...other].map((w) => w.nik),
    );

    const response = await post({ npp: company.npp, workers: other }, { idempotencyKey });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "Idempotency-Key sudah dipakai untuk permintaan lain" });
    expect(
      await footprint(
        company.id,
        [...first, ...other].map((w) => w.nik),
      ),
    ).toEqual(before);
    expect(await t.db.participant.count({ where: { nik: other[0].nik } })).toBe(0);
  });

  it("keeps Idempotency-Keys apart per API key: another bank's same key is its own request", async () => {
    const companyA = await createCompany(t.db, branchA.id);
    const companyB = await createCompany(t.db, branchB.id);
    const idempotencyKey = newIdempotencyKey();
    expect((await post({ npp: companyA.npp, workers: [apiWorker()] }, { idempotencyKey })).status).toBe(201);
    const other = await post({ npp: companyB.npp, workers: [apiWorker()] }, { idempotencyKey, key: keyB.key });
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect((await other.json()).npp).toBe(companyB.npp);
  });

  it("enrolls once when ten identical requests arrive at the same moment, and answers all ten alike", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = Array.from({ length: 25 }, () => apiWorker());
    const idempotencyKey = newIdempotencyKey();
    const kpjCounter = async () => (await t.db.numberSequence.findUnique({ where: { name: "KPJ" } }))?.last ?? 0n;
    const kpjsBefore = await kpjCounter();

    const concurrent = concurrentClient(t);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post({ npp: company.npp, workers }, { idempotencyKey }, concurrent.db)),
    ).finally(concurrent.close);
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") !== "true")).toHaveLength(1);
    expect(JSON.parse(bodies[0])).toMatchObject({ created: 25, linked: 0, skipped: 0 });

    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toMatchObject({ participants: 25, employments: 25, audits: 1 });
    // Only the winner took KPJ numbers: the others never got past the idempotency key.
    expect((await kpjCounter()) - kpjsBefore).toBe(25n);
  });

  it("replays the winner's answer when it loses the race on the Idempotency-Key inside the transaction", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = [apiWorker(), apiWorker()];
    const idempotencyKey = newIdempotencyKey();
    const first = await post({ npp: company.npp, workers }, { idempotencyKey });
    const before = await footprint(
      company.id,
      workers.map((w) => w.nik),
    );

    // Past the first look, the claim of the key fails on its primary key and the stored answer is sent.
    const late = await post({ npp: company.npp, workers }, { idempotencyKey }, blindToFirstLookup(t.db));
    expect(late.status).toBe(201);
    expect(late.headers.get("idempotent-replayed")).toBe("true");
    expect(await late.text()).toBe(await first.text());
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toEqual(before);

    // The same race with another body: the key was taken for a different request.
    const other = await post({ npp: company.npp, workers: [apiWorker()] }, { idempotencyKey }, blindToFirstLookup(t.db));
    expect(other.status).toBe(422);
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toEqual(before);
  });

  it("enrolls each worker once when two bank systems send the same workers at the same moment", async () => {
    const company = await createCompany(t.db, branchA.id);
    const secondKey = await createApiKey(t.db, { name: "BJB mobile", branchId: branchA.id });
    const workers = Array.from({ length: 10 }, () => apiWorker());
    const concurrent = concurrentClient(t);
    const responses = await Promise.all(
      [keyA.key, secondKey.key, keyA.key, secondKey.key].map((key) => post({ npp: company.npp, workers }, { key }, concurrent.db)),
    ).finally(concurrent.close);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.map((b) => b.created).sort()).toEqual([0, 0, 0, 10]);
    expect(bodies.map((b) => b.skipped).sort()).toEqual([0, 10, 10, 10]);
    // Everyone answers with the same KPJ for each worker.
    expect(new Set(bodies.map((b) => JSON.stringify(b.workers.map((w: { kpj: string }) => w.kpj)))).size).toBe(1);
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toMatchObject({ participants: 10, employments: 10, audits: 4 });
  });

  it("adds nobody twice when the same workers come again with a new Idempotency-Key: all skip, same KPJs", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = [apiWorker(), apiWorker(), apiWorker({ gender: "F", birthDate: "1999-09-09" })];
    const first = await (await post({ npp: company.npp, workers })).json();
    const before = await footprint(
      company.id,
      workers.map((w) => w.nik),
    );

    const again = await post({ npp: company.npp, workers });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    const second = await again.json();
    expect(second).toMatchObject({ created: 0, linked: 0, skipped: 3 });
    expect(second.workers).toEqual(first.workers.map((w: object) => ({ ...w, outcome: "skip" })));
    const after = await footprint(
      company.id,
      workers.map((w) => w.nik),
    );
    expect(after).toEqual({ ...before, audits: 2, idempotencyRecords: before.idempotencyRecords + 1 });
    expect(after.employments).toBe(3);
  });
});

describe("POST /api/v1/enrollments: refusals", () => {
  it("refuses the whole request when one worker is invalid: 400 per field path in Indonesian, nothing written", async () => {
    const company = await createCompany(t.db, branchA.id);
    const good = apiWorker();
    const male = apiWorker();
    const workers: unknown[] = [
      good,
      apiWorker({ nik: "123" }),
      { ...male, gender: "F" },
      { ...apiWorker(), nik: good.nik },
      apiWorker({ wage: 4_500_000.5 }),
      { ...apiWorker(), wage: undefined, name: "" },
      "Budi",
    ];
    const idempotencyKey = newIdempotencyKey();
    const response = await post({ npp: company.npp, workers }, { idempotencyKey });

    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      error: "Permintaan tidak valid",
      fields: {
        "workers[1].nik": "NIK harus 16 angka.",
        "workers[2].gender": "Jenis kelamin tidak sesuai dengan NIK.",
        "workers[3].nik": "NIK sama dengan workers[0].",
        "workers[4].wage": "Isi upah dalam rupiah tanpa titik desimal atau koma.",
        "workers[5].name": "Wajib diisi.",
        "workers[5].wage": "Wajib diisi.",
        "workers[6]": "Setiap pekerja harus berupa objek JSON.",
      },
    });
    expect(schemaViolations(responsePointer(400), body)).toEqual([]);
    expect(await footprint(company.id, [good.nik, male.nik])).toMatchObject({ participants: 0, employments: 0, audits: 0 });
    expect(await t.db.idempotencyRecord.count({ where: { key: `${keyA.id}:${idempotencyKey}` } })).toBe(0);

    // A 400 is not stored: the client fixes the request and sends it again with the same key.
    const fixed = await post({ npp: company.npp, workers: [good, male] }, { idempotencyKey });
    expect(fixed.status).toBe(201);
    expect(await footprint(company.id, [good.nik, male.nik])).toMatchObject({ participants: 2, employments: 2, audits: 1 });
  });

  it("refuses a wage below the UMK for a medium business (400, naming the UMK) and enrolls it with a warning for a micro one", async () => {
    // UMK Kab. Tangerang 2026: Rp 5,210,377.00 (Kepgub Banten 703/2025).
    const medium = await createCompany(t.db, branchA.id, { scale: "MEDIUM", regencyCode: "3603" });
    const workers = [apiWorker({ wage: 5_210_376 }), apiWorker({ wage: 5_210_377 })];
    const refused = await post({ npp: medium.npp, workers });
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(body.fields).toEqual({
      "workers[0].wage":
        "Upah di bawah UMK Kabupaten Tangerang 2026 (Rp 5.210.377,00). Usaha menengah dan besar wajib membayar paling sedikit upah minimum.",
    });
    expect(
      await footprint(
        medium.id,
        workers.map((w) => w.nik),
      ),
    ).toMatchObject({ participants: 0, employments: 0, audits: 0 });
    expect((await post({ npp: medium.npp, workers: [workers[1]] })).status).toBe(201);

    const micro = await createCompany(t.db, branchA.id, { scale: "MICRO", regencyCode: "3603" });
    const saved = await post({ npp: micro.npp, workers: [apiWorker({ wage: 5_210_376 })] });
    expect(saved.status).toBe(201);
    const savedBody = await saved.json();
    expect(savedBody).toMatchObject({
      created: 1,
      warnings: [{ index: 0, field: "wage", message: expect.stringContaining("Rp 5.210.377,00") }],
    });
    expect(schemaViolations(responsePointer(201), savedBody)).toEqual([]);
  });

  it("reports a bad NPP and bad workers together, and a missing or oversized worker list on its own", async () => {
    const bad = await post({ npp: "1234", workers: [{ ...apiWorker(), birthDate: "2001-02-03" }] });
    expect(await bad.json()).toEqual({
      error: "Permintaan tidak valid",
      fields: { npp: "NPP harus 8 angka", "workers[0].birthDate": "Tanggal lahir tidak sesuai dengan NIK." },
    });
    // A bound's message says the bound, formatted, with no placeholder left.
    const rich = await post({ npp: "12345674", workers: [{ ...apiWorker(), wage: 2_000_000_000 }] });
    expect((await rich.json()).fields).toEqual({ "workers[0].wage": "Upah paling banyak Rp 1.000.000.000 sebulan." });
    // Eight digits whose last one is not the check digit: a typo, said as such, not "not found".
    const typo = await post({ npp: "12345678", workers: [apiWorker()] });
    expect(typo.status).toBe(400);
    expect((await typo.json()).fields).toEqual({ npp: ENROLLMENT_MESSAGES.nppCheckDigit });
    expect((await (await post({ npp: "12345674" })).json()).fields).toEqual({ workers: "Daftar pekerja wajib diisi" });
    expect((await (await post({ npp: "12345674", workers: [] })).json()).fields).toEqual({ workers: "Kirim paling sedikit 1 pekerja" });
    const tooMany = await post({ npp: "12345674", workers: Array.from({ length: 1001 }, () => ({})) });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).fields).toEqual({ workers: "Paling banyak 1000 pekerja per permintaan" });
    expect((await (await post([apiWorker()])).json()).fields).toEqual({ body: "Isi permintaan harus berupa objek JSON" });
  });

  it("accepts NIK, phone and NPP sent as JSON numbers", async () => {
    const company = await createCompany(t.db, branchA.id);
    const worker = apiWorker();
    const response = await post({ npp: Number(company.npp), workers: [{ ...worker, nik: Number(worker.nik), phone: 81234567890 }] });
    expect(response.status).toBe(201);
    expect((await response.json()).workers[0]).toMatchObject({ nik: worker.nik, outcome: "new" });
  });

  it("answers another branch's company as not found (404, no data) and writes nothing", async () => {
    const theirs = await createCompany(t.db, branchB.id);
    const workers = [apiWorker()];
    const response = await post({ npp: theirs.npp, workers });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toEqual({ error: "Perusahaan tidak ditemukan" });
    expect(schemaViolations(responsePointer(404), body)).toEqual([]);
    expect(
      await footprint(
        theirs.id,
        workers.map((w) => w.nik),
      ),
    ).toMatchObject({ participants: 0, employments: 0, audits: 0 });

    // Exactly what an NPP nobody has gets: the answer tells nothing about other branches.
    const nobody = await post({ npp: "99999997", workers });
    expect(nobody.status).toBe(404);
    expect(await nobody.json()).toEqual(body);
    // Its own branch's key enrolls at that company: the 404 above was the scope, not the company.
    expect((await post({ npp: theirs.npp, workers }, { key: keyB.key })).status).toBe(201);
  });

  it("refuses a missing, malformed, unknown, wrong or revoked API key with 401 and writes nothing", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = [apiWorker()];
    const revoked = await createApiKey(t.db, { name: "old", branchId: branchA.id });
    expect((await post({ npp: company.npp, workers: [apiWorker()] }, { key: revoked.key })).status).toBe(201);
    expect(await revokeApiKey(t.db, revoked.prefix)).toBe(true);
    const wrongSecret = `lk_${keyA.prefix}_${"A".repeat(43)}`;
    const unknownPrefix = keyA.key.replace(keyA.prefix, keyA.prefix === "aaaaaaaa" ? "bbbbbbbb" : "aaaaaaaa");
    const before = await footprint(
      company.id,
      workers.map((w) => w.nik),
    );

    const attempts: [string, Parameters<typeof post>[1]][] = [
      ["missing", { key: null }],
      ["not a key", { key: "hunter2" }],
      ["wrong secret", { key: wrongSecret }],
      ["unknown prefix", { key: unknownPrefix }],
      ["revoked", { key: revoked.key }],
      ["basic auth", { key: null, headers: { authorization: `Basic ${btoa(`x:${keyA.key}`)}` } }],
    ];
    for (const [label, options] of attempts) {
      const response = await post({ npp: company.npp, workers }, options);
      expect(response.status, label).toBe(401);
      expect(response.headers.get("www-authenticate"), label).toBe("Bearer");
      expect(await response.json(), label).toEqual({ error: "Kunci API tidak valid" });
    }
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toEqual(before);
  });

  it("requires an Idempotency-Key of at most 200 characters", async () => {
    const company = await createCompany(t.db, branchA.id);
    const workers = [apiWorker()];
    for (const idempotencyKey of [null, "", "   ", "k".repeat(201)]) {
      const response = await post({ npp: company.npp, workers }, { idempotencyKey });
      expect(response.status, String(idempotencyKey)).toBe(400);
      expect(Object.keys((await response.json()).fields)).toEqual(["Idempotency-Key"]);
    }
    expect(
      await footprint(
        company.id,
        workers.map((w) => w.nik),
      ),
    ).toMatchObject({ participants: 0, employments: 0 });
    expect((await post({ npp: company.npp, workers }, { idempotencyKey: "k".repeat(200) })).status).toBe(201);
  });

  it("answers malformed JSON with 400 and a body over 2 MB with 413, never a 5xx", async () => {
    for (const text of ["{", "", "npp=12345678", '{"npp": "12345678",}']) {
      const response = await post(text);
      expect(response.status, text).toBe(400);
      expect(await response.json()).toEqual({ error: "Permintaan tidak valid", fields: { body: "Isi permintaan bukan JSON yang valid" } });
    }
    const padding = (size: number) => `{"npp": "1234"${" ".repeat(size - 15)}}`;
    expect(padding(100)).toHaveLength(100);
    const tooLarge = await post(padding(2 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: "Isi permintaan terlalu besar" });
    // Exactly 2 MB is read and judged on its content.
    const atLimit = await post(padding(2 * 1024 * 1024));
    expect(atLimit.status).toBe(400);
    expect((await atLimit.json()).fields.npp).toBe("NPP harus 8 angka");
  });

  it("answers a failure on our side with 500 and a plain message", async () => {
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/none?sslmode=disable&connect_timeout=2");
    try {
      const response = await post({ npp: "12345674", workers: [apiWorker()] }, {}, unreachable);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: "Terjadi kesalahan di server" });
    } finally {
      await unreachable.$disconnect();
    }
  });
});

describe("POST /api/v1/enrollments: route and document", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("is served by the route module's POST, on the app's database client", async () => {
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
    const route = await import("../../app/api/v1/enrollments/route");
    const { db } = await import("../../lib/db/database");
    try {
      expect(Object.keys(route)).toEqual(["POST"]);
      const company = await createCompany(t.db, branchA.id);
      const response = await route.POST(enrollmentRequest({ npp: company.npp, workers: [apiWorker()] }));
      expect(response.status).toBe(201);
      expect(await t.db.employment.count({ where: { companyId: company.id } })).toBe(1);
    } finally {
      await db().$disconnect();
    }
  });

  it("is documented: bearer security, the Idempotency-Key header, request body and every status", () => {
    const operation = API_V1_DOCUMENT.paths["/api/v1/enrollments"]?.post as Record<string, unknown> & {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, unknown>;
    };
    expect(operation).toBeDefined();
    expect(operation.security).toEqual([{ apiKey: [] }]);
    expect(API_V1_DOCUMENT.components).toMatchObject({ securitySchemes: { apiKey: { type: "http", scheme: "bearer" } } });
    expect(operation.parameters).toEqual([expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true })]);
    expect(operation.requestBody).toMatchObject({ required: true });
    expect(Object.keys(operation.responses)).toEqual(["201", "400", "401", "404", "413", "422"]);
    expect(API_V1_DOCUMENT.components.schemas.EnrollmentRequest).toMatchObject({ required: ["npp", "workers"] });
  });

  it("its request schema is not vacuous: broken bodies are rejected", () => {
    const ok = { npp: "12345674", workers: [apiWorker()] };
    expect(schemaViolations(REQUEST_POINTER, ok)).toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, { ...ok, npp: "1234" })).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, { ...ok, workers: [] })).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, { ...ok, workers: [{ ...ok.workers[0], gender: "L" }] })).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, { ...ok, workers: [{ ...ok.workers[0], wage: "4500000" }] })).not.toEqual([]);
    const { nik: _nik, ...withoutNik } = ok.workers[0];
    expect(schemaViolations(REQUEST_POINTER, { ...ok, workers: [withoutNik] })).not.toEqual([]);
  });
});

describe("apiMessage", () => {
  it("gives the Indonesian text of a message key, with its parameters", () => {
    expect(apiMessage("errors.nik.length")).toBe("NIK harus 16 angka.");
    expect(apiMessage("errors.nik.duplicateInFile?row=12")).toBe("NIK sama dengan baris 12.");
    expect(apiMessage("api.worker.duplicate?index=3")).toBe("NIK sama dengan workers[3].");
    // ICU arguments are formatted as the portal formats them.
    expect(apiMessage("errors.wage.max?max=1000000000")).toBe("Upah paling banyak Rp 1.000.000.000 sebulan.");
  });

  it("never passes on a message that is no key (zod's English, a key that does not exist)", () => {
    expect(apiMessage("Invalid input: expected string, received boolean")).toBe("Nilai tidak valid.");
    expect(apiMessage("errors.nik")).toBe("Nilai tidak valid.");
    expect(apiMessage("errors.toString")).toBe("Nilai tidak valid.");
    // A message whose value is missing is not sent with its placeholder showing.
    expect(apiMessage("errors.wage.max")).toBe("Nilai tidak valid.");
  });
});
