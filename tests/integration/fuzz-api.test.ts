// Issue 6, point 5 ("bad input"): random and hostile requests at every /api/v1
// route, called through the route modules themselves on this file's database.
// Every property: never a 5xx, a 4xx answers with the JSON error shape of
// lib/http/api-errors.ts (no zod English in it), and no row written in any table
// (a signed payment notification is the one documented exception: BJB's signed
// requests are each kept in BankNotification with the answer given).
//
// The officer routes under app/(officer)/bank/**/route.ts call authorize()
// first and cannot be reached without a next-auth session; they are not called.
// The last property fuzzes what the import-check route runs once signed in.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { apiErrorMessageSchema, apiErrorSchema } from "../../lib/http/api-errors";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import { checkWorkerRows } from "../../lib/worker-import/batch";
import { parseWorkerSheet } from "../../lib/worker-import/spreadsheet";
import { signNotification } from "../../lib/payments/signature";
import { quoteResponseSchema } from "../../lib/quote/schema";
import { statsResponseSchema } from "../../lib/stats/schema";
import { setupTestDatabase } from "../support/database";
import { requesterAddress, makeNik } from "../support/factories";
import {
  anyString,
  badMessages,
  caseCounter,
  countChanges,
  FUZZ_CASES_API,
  FUZZ_RUNS,
  HUGE,
  hostileHeader,
  hostileKey,
  hostileObject,
  hostileString,
  savedOrUnchanged,
  messageKeys,
  notAnObjectJson,
  tableCounts,
  withoutWrites,
} from "../support/hostile";
import { createBranch, createCompany, createParticipantWithBill, csvOf, workerValues } from "../support/records";

const t = setupTestDatabase();
const RUNS = FUZZ_RUNS.api;
const cases = caseCounter("fuzz-api");
const SECRET = randomBytes(32).toString("hex");

type Routes = {
  quote: typeof import("../../app/api/v1/contributions/quote/route");
  enrollments: typeof import("../../app/api/v1/enrollments/route");
  payments: typeof import("../../app/api/v1/payments/notifications/route");
  stats: typeof import("../../app/api/v1/stats/route");
};
let routes: Routes;
let company: { id: string; npp: string; regencyCode: string; scale: "MICRO" | "SMALL" | "MEDIUM" | "LARGE" };
let apiKey: { key: string; prefix: string };
let revokedKey: { key: string; prefix: string };
let bill: { id: string; virtualAccount: string };

beforeAll(async () => {
  // The routes use the app's own client (lib/db/database.ts), pointed at this file's database.
  vi.stubEnv("DATABASE_URL", t.url);
  // The embedded PGlite server mixes up statements arriving on several connections (enrollments-api.test.ts).
  vi.stubEnv("DATABASE_POOL_MAX", inject("database").kind === "embedded" ? "1" : "4");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
  vi.stubEnv("BJB_WEBHOOK_SECRET", SECRET);
  // The app keeps one client per process (lib/db/database.ts): a fresh one for this file's database.
  globalThis.lindungDb = undefined;
  routes = {
    quote: await import("../../app/api/v1/contributions/quote/route"),
    enrollments: await import("../../app/api/v1/enrollments/route"),
    payments: await import("../../app/api/v1/payments/notifications/route"),
    stats: await import("../../app/api/v1/stats/route"),
  };
  const branch = await createBranch(t.db);
  company = await createCompany(t.db, branch.id);
  apiKey = await createApiKey(t.db, { name: "fuzz", branchId: branch.id });
  revokedKey = await createApiKey(t.db, { name: "fuzz revoked", branchId: branch.id });
  await revokeApiKey(t.db, revokedKey.prefix);
  ({ bill } = await createParticipantWithBill(t.db));
});

afterAll(async () => {
  cases.report(FUZZ_CASES_API);
  const { db } = await import("../../lib/db/database");
  await db().$disconnect();
  globalThis.lindungDb = undefined;
  vi.unstubAllEnvs();
});

// ---------------------------------------------------------------------------

/** zod's own English (never meant for API clients) starts like this. */
const ZOD_ENGLISH = /^(Invalid|Too (big|small)|Unrecognized|Expected)/;

/** Checks a refusal: one of `allowed`, JSON in the shape of lib/http/api-errors.ts. Returns the body. */
async function expectRefusal(response: Response, allowed: number[], context: string) {
  const text = await response.text();
  const where = `${context} → ${response.status} ${text.slice(0, 300)}`;
  expect(allowed, where).toContain(response.status);
  expect(response.headers.get("content-type"), where).toContain("application/json");
  const body: unknown = JSON.parse(text);
  if (response.status === 400) {
    const parsed = apiErrorSchema.safeParse(body);
    expect(parsed.success, where).toBe(true);
    const messages = parsed.success ? Object.values(parsed.data.fields) : [];
    expect(messages.length, where).toBeGreaterThan(0);
    // Never empty, never zod's English, never an unfilled placeholder ("{max, number}").
    expect(
      messages.filter((m) => m.trim() === "" || ZOD_ENGLISH.test(m) || /[{}]/.test(m)),
      where,
    ).toEqual([]);
  } else {
    const parsed = apiErrorMessageSchema.safeParse(body);
    expect(parsed.success, where).toBe(true);
    expect(parsed.success && parsed.data.error.trim(), where).toBeTruthy();
  }
  return body;
}

const short = (value: unknown) => {
  const text = typeof value === "string" ? value : value instanceof Uint8Array ? `<${value.length} bytes>` : String(JSON.stringify(value));
  return text.length > 200 ? `${text.slice(0, 200)}…(${text.length})` : text;
};

let caller = 0;
/** Each request from its own address, so the per-IP abuse limits never answer instead of the route. */
const nextIp = () => requesterAddress(++caller);

/** A body as sent on the wire: JSON of a value, raw text or raw bytes. */
type Body = { json: unknown } | { text: string } | { bytes: Uint8Array };
const wire = (body: Body): string | Uint8Array => ("json" in body ? JSON.stringify(body.json) : "text" in body ? body.text : body.bytes);

const deepJson = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => (open === "[" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));

/** Bodies that are no JSON object: other JSON, text, broken UTF-8, nesting deep enough to hurt a recursive walk. */
const notAnObjectBody: fc.Arbitrary<Body> = fc.oneof(
  notAnObjectJson.map((json): Body => ({ json })),
  hostileString.map((text): Body => ({ text })),
  fc.constantFrom<Body>(
    { text: "" },
    { text: "{" },
    { text: '{"a":1,}' },
    { text: "\uFEFF{}" },
    { text: "NaN" },
    { bytes: new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]) },
    { bytes: new Uint8Array([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]) },
    { bytes: new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]) }, // an encoded lone surrogate
  ),
  deepJson.map((text): Body => ({ text })),
);

// ---------------------------------------------------------------------------

describe("GET /api/v1/contributions/quote", () => {
  const names = fc.oneof(
    fc.constantFrom("category", "income", "programs", "months", "wage", "riskClass", "scale", "year", "contractValue"),
    hostileKey,
  );
  const values = fc.oneof(
    hostileString,
    fc.constantFrom("BPU", "PU", "JAKON", "1", "5", "2025", "MICRO", "LARGE", "JKK,JKM,JHT", "5000000", "99999999999", "1e3", "-0", "0x10"),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  );
  const rawQuery = fc.string({
    unit: fc.oneof(
      fc.constantFrom("%", "&", "=", "+", "#", ";", "%00", "%ZZ", "%C0%AF", "%ED%A0%80", "%"),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    ),
    maxLength: 60,
  });

  it("answers any query with a quote or a 400 in the API error shape", async () => {
    const query = fc.oneof(
      fc.array(fc.tuple(names, values), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
      rawQuery,
    );
    await withoutWrites(t.db, cases, query, RUNS.quote, async (search) => {
      const response = await routes.quote.GET(
        new NextRequest(`http://localhost/api/v1/contributions/quote?${search}`, { headers: { "x-real-ip": nextIp() } }),
      );
      if (response.status === 200) {
        expect(quoteResponseSchema.safeParse(await response.json()).success, search).toBe(true);
        return;
      }
      await expectRefusal(response, [400], search);
    });
  });
});

describe("POST /api/v1/enrollments", () => {
  let idempotency = 0;
  const validWorker = () => ({
    nik: makeNik("1991-02-03", "M"),
    name: "Budi Santoso",
    birthPlace: "Serang",
    birthDate: "1991-02-03",
    gender: "M",
    wage: 4_500_000,
  });

  function enrollmentRequest(body: Body, headers: Record<string, string | null> = {}) {
    const all: Record<string, string | null> = {
      authorization: `Bearer ${apiKey.key}`,
      "idempotency-key": `fuzz-${Date.now()}-${++idempotency}`,
      "content-type": "application/json",
      "x-real-ip": nextIp(),
      ...headers,
    };
    const present = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null));
    return new Request("http://localhost/api/v1/enrollments", { method: "POST", headers: present, body: wire(body) as BodyInit });
  }

  /** Bodies that cannot enroll anyone: a broken envelope, a broken worker, or no JSON object at all. */
  function hostileBodies(): fc.Arbitrary<Body> {
    const worker = validWorker();
    return fc.oneof(
      hostileObject({ npp: company.npp, workers: [worker] }, ["npp", "workers"]).map((json): Body => ({ json })),
      fc
        .tuple(fc.array(hostileObject(worker, ["nik", "birthDate", "gender", "wage"]), { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([broken, withValid]): Body => ({ json: { npp: company.npp, workers: withValid ? [validWorker(), ...broken] : broken } })),
      notAnObjectBody,
      fc.constantFrom<Body>(
        { text: `{"npp":"${company.npp}","workers":[{"nik":"${"9".repeat(16)}","name":"${HUGE}"}]}` },
        { json: { npp: company.npp, workers: Array.from({ length: 1001 }, () => worker) } },
        { text: "x".repeat(2 * 1024 * 1024 + 1) },
      ),
    );
  }

  it("refuses any body that cannot enroll anyone with a 4xx in the API error shape and writes nothing", async () => {
    await withoutWrites(
      t.db,
      cases,
      fc.tuple(
        hostileBodies(),
        fc.constantFrom<string | null>(
          "application/json",
          null,
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/json; charset=latin1",
        ),
      ),
      RUNS.enrollmentsBody,
      async ([body, contentType]) => {
        const response = await routes.enrollments.POST(enrollmentRequest(body, { "content-type": contentType }));
        await expectRefusal(response, [400, 404, 413], short(wire(body)));
      },
    );
  });

  it("takes hostile text in a valid worker's name and birth place verbatim (201), or refuses it with a 400 and writes nothing", async () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom("name", "birthPlace"), hostileString), { minLength: 1, maxLength: 2 })
      .map((pairs) => Object.fromEntries(pairs));
    await savedOrUnchanged(t.db, cases, text, RUNS.enrollmentsText, async (fields: Record<string, string>) => {
      const worker = { ...validWorker(), ...fields };
      const response = await routes.enrollments.POST(enrollmentRequest({ json: { npp: company.npp, workers: [worker] } }));
      if (response.status === 201) {
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: worker.nik } });
        expect([stored.name, stored.birthPlace]).toEqual([worker.name.trim(), worker.birthPlace.toWellFormed().trim() || null]);
        return "saved";
      }
      await expectRefusal(response, [400], short(worker));
      return "refused";
    });
  });

  it("refuses any key but a live one (401), and a hostile Idempotency-Key (400), and writes nothing", async () => {
    const wellFormedUnknown = fc
      .tuple(fc.stringMatching(/^[a-z2-7]{8}$/), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/))
      .map(([prefix, secret]) => `Bearer lk_${prefix}_${secret}`);
    const badAuthorization = fc.oneof(
      hostileHeader,
      hostileHeader.map((value) => `Bearer ${value}`),
      wellFormedUnknown,
      fc.constant(`Bearer ${revokedKey.key}`),
      fc.constant(`Bearer ${apiKey.key.slice(0, -1)}${apiKey.key.endsWith("A") ? "B" : "A"}`),
      fc.constant(`Basic ${Buffer.from(`${apiKey.key}:`).toString("base64")}`),
      fc.constant(apiKey.key),
      fc.constant(`Bearer ${apiKey.key} ${apiKey.key}`),
      fc.constant<string | null>(null),
    );
    const arbitrary = fc.oneof(
      // A valid enrollment: only the key is wrong.
      badAuthorization.map((authorization) => ({ authorization, idempotencyKey: undefined as string | null | undefined, expected: 401 })),
      // A live key with a hostile Idempotency-Key, and a body that could not enroll anyone either.
      fc
        .oneof(hostileHeader, fc.constant("x".repeat(300)), fc.constant<string | null>(null))
        .map((idempotencyKey) => ({ authorization: undefined, idempotencyKey, expected: 400 })),
    );
    await withoutWrites(t.db, cases, arbitrary, RUNS.enrollmentsHeaders, async ({ authorization, idempotencyKey, expected }) => {
      const body: Body =
        expected === 401 ? { json: { npp: company.npp, workers: [validWorker()] } } : { json: { npp: company.npp, workers: [] } };
      const headers: Record<string, string | null> = {};
      if (authorization !== undefined) headers.authorization = authorization;
      if (idempotencyKey !== undefined) headers["idempotency-key"] = idempotencyKey;
      const response = await routes.enrollments.POST(enrollmentRequest(body, headers));
      const context = `authorization=${short(authorization)} idempotency-key=${short(idempotencyKey)}`;
      await expectRefusal(response, [expected], context);
      if (expected === 401) expect(response.headers.get("www-authenticate")).toBe("Bearer");
    });
  });
});

describe("POST /api/v1/payments/notifications", () => {
  let reference = 0;
  const PAID_AT = "2026-11-20T10:15:00+07:00";
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  function notificationRequest(body: Body, headers: Record<string, string | null>) {
    const present = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null));
    return new Request("http://localhost/api/v1/payments/notifications", {
      method: "POST",
      headers: { "content-type": "application/json", "x-real-ip": "198.51.100.4", ...present },
      body: wire(body) as BodyInit,
    });
  }

  const validNotification = () => ({
    virtualAccount: bill.virtualAccount,
    amount: 16_800,
    currency: "IDR",
    paidAt: PAID_AT,
    bankReference: `FUZZ-${Date.now()}-${++reference}`,
  });

  /** Bodies that cannot credit a payment: a broken field, no JSON object, too large. */
  function hostileNotifications(): fc.Arbitrary<Body> {
    return fc.oneof(
      fc
        .tuple(hostileObject(validNotification(), ["virtualAccount", "amount", "currency", "paidAt"]), fc.boolean())
        .map(([json, fresh]): Body => {
          // A fresh reference mostly, so the body is judged rather than answered from an earlier one.
          if (fresh && typeof json.bankReference === "string" && json.bankReference.startsWith("FUZZ-"))
            json.bankReference = `FUZZ-${Date.now()}-${++reference}`;
          return { json };
        }),
      notAnObjectBody,
      fc.constantFrom<Body>({ text: JSON.stringify({ note: "x".repeat(16 * 1024) }) }, { text: "9".repeat(16 * 1024 + 1) }),
    );
  }

  it("refuses an unsigned, badly signed or stale notification with 401 (413 when too large) and keeps nothing", async () => {
    const timestamp = fc.oneof(
      fc.constant<() => string | null>(() => String(nowSeconds())),
      fc.constant<() => string | null>(() => null),
      fc.constant<() => string | null>(() => String(nowSeconds() - 301)),
      fc.constant<() => string | null>(() => String(nowSeconds() + 301)),
      hostileHeader.map((value) => () => value),
    );
    type Signer = (body: string | Uint8Array, timestamp: string | null) => string | null;
    const seconds = (ts: string | null) => (Number.isSafeInteger(Number(ts)) && Number(ts) >= 0 ? Number(ts) : 0);
    const signature = fc.oneof(
      fc.constant<Signer>(() => null),
      hostileHeader.map(
        (value): Signer =>
          () =>
            value,
      ),
      fc.stringMatching(/^[0-9a-f]{64}$/).map(
        (value): Signer =>
          () =>
            value,
      ),
      fc.constant<Signer>((body, ts) => signNotification("o".repeat(64), body, seconds(ts))),
      fc.constant<Signer>((body, ts) => signNotification(SECRET, `${typeof body === "string" ? body : ""} `, seconds(ts))),
      fc.constant<Signer>((body, ts) => signNotification(SECRET, body, seconds(ts) + 1)),
      fc.constant<Signer>((body, ts) => signNotification(SECRET, body, seconds(ts)).toUpperCase().replace(/^./, "G")),
    );
    const body = fc.oneof(
      hostileNotifications(),
      fc.constant(null).map((): Body => ({ json: validNotification() })),
    );
    await withoutWrites(t.db, cases, fc.tuple(body, timestamp, signature), RUNS.paymentsUnsigned, async ([sent, makeTimestamp, sign]) => {
      const ts = makeTimestamp();
      const headers = { "x-bjb-timestamp": ts, "x-bjb-signature": sign(wire(sent), ts) };
      const response = await routes.payments.POST(notificationRequest(sent, headers));
      // 429: the signing key's abuse limit (1,200 a minute, lib/security/limits.ts), reached only with FUZZ_SCALE.
      await expectRefusal(response, [401, 413, 429], `${short(wire(sent))} ${JSON.stringify(headers).slice(0, 200)}`);
    });
    expect(await t.db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ status: "UNPAID", paidAmount: 0n });
  });

  it("refuses a signed hostile notification with a 4xx, keeps only its BankNotification row (REJECTED), credits nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileNotifications(),
        cases.counted(async (sent: Body) => {
          const before = await tableCounts(t.db);
          const ts = nowSeconds();
          const text = wire(sent);
          const response = await routes.payments.POST(
            notificationRequest(sent, { "x-bjb-timestamp": String(ts), "x-bjb-signature": signNotification(SECRET, text, ts) }),
          );
          await expectRefusal(response, [400, 404, 409, 413, 429], short(text));
          const changes = countChanges(before, await tableCounts(t.db));
          const kept =
            (before.BankNotification ?? 0) + ([413, 429].includes(response.status) || response.headers.get("idempotent-replayed") ? 0 : 1);
          expect(changes, short(text)).toEqual(
            kept === before.BankNotification ? {} : { BankNotification: `${before.BankNotification} → ${kept}` },
          );
        }),
      ),
      { numRuns: RUNS.paymentsSigned },
    );
    expect(await t.db.bankNotification.count({ where: { outcome: "ACCEPTED" } })).toBe(0);
    expect(await t.db.payment.count()).toBe(0);
    expect(await t.db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ status: "UNPAID", paidAmount: 0n });
  });
});

describe("GET /api/v1/stats (with an API key: without one the route asks next-auth for a session)", () => {
  it("answers a live key's hostile query with figures or a 400, and any other key with 401", async () => {
    const names = fc.oneof(fc.constantFrom("asOf", "regency"), hostileKey);
    const values = fc.oneof(
      hostileString,
      fc.constantFrom("2025-06-30", "2026-02-30", "1999-12-31", "3000-01-01", "3601", "3673", "9999", "2025-6-30", "2025-06-30T00:00:00Z"),
    );
    const query = fc.array(fc.tuple(names, values), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs).toString());
    const authorization = fc.oneof(
      { weight: 3, arbitrary: fc.constant(`Bearer ${apiKey.key}`) },
      {
        weight: 1,
        arbitrary: fc.oneof(
          hostileHeader,
          fc.constant(`Bearer ${revokedKey.key}`),
          hostileHeader.map((v) => `Bearer ${v}`),
        ),
      },
    );
    await withoutWrites(t.db, cases, fc.tuple(query, authorization), RUNS.stats, async ([search, auth]) => {
      const response = await routes.stats.GET(new Request(`http://localhost/api/v1/stats?${search}`, { headers: { authorization: auth } }));
      if (auth !== `Bearer ${apiKey.key}`) {
        await expectRefusal(response, [401], `${search} ${short(auth)}`);
        return;
      }
      if (response.status === 200) {
        expect(statsResponseSchema.safeParse(await response.json()).success, search).toBe(true);
        return;
      }
      await expectRefusal(response, [400], search);
    });
  });
});

describe("the worker import check (behind the session-only route /bank/klien/[id]/impor/periksa)", () => {
  const HEADER = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "No HP", "Upah Bulanan", "Tanggal Mulai Kerja"];
  const cell = fc.oneof(
    { weight: 3, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom('"', '""', ";", ",", "\n", "=1+1", "@SUM(A1)", "3673015506850002", "1e15") },
  );

  async function xlsxOf(rows: string[][]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pekerja");
    for (const row of rows) sheet.addRow(row.map((value) => value.slice(0, 32_000)));
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it("reads any file into rows or a sheet error, and every row error is a message key; nothing is written", async () => {
    const keys = await messageKeys();
    const rows = fc.array(
      fc.oneof(
        fc
          .record({ field: fc.constantFrom("nik", "name", "birthPlace", "birthDate", "gender", "phone", "wage", "startDate"), value: cell })
          .map(({ field, value }) => workerValues({ [field]: value })),
        fc
          .array(cell, { maxLength: 9 })
          .map((cells) =>
            Object.fromEntries(
              cells.map((c, i) => [["nik", "name", "birthPlace", "birthDate", "gender", "phone", "wage", "startDate", "x"][i], c]),
            ),
          ),
      ),
      { minLength: 1, maxLength: 5 },
    );
    const file = fc.oneof(
      rows.map((r) => ({ name: "pekerja.csv", bytes: csvOf(r as Record<string, string>[]) })),
      fc
        .tuple(
          fc.array(fc.oneof(fc.constantFrom(...HEADER), anyString), { maxLength: 9 }),
          fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 3 }),
        )
        .map(([header, body]) => ({
          name: "pekerja.csv",
          bytes: new TextEncoder().encode([header, ...body].map((r) => r.join(";")).join("\n")),
        })),
      fc
        .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 3 }), fc.boolean())
        .map(([body, withHeader]) => ({ name: "pekerja.xlsx", rows: withHeader ? [HEADER, ...body] : body })),
      fc
        .tuple(
          fc.constantFrom("pekerja.xlsx", "pekerja.csv", "pekerja.txt", "pekerja.exe", "../../etc/passwd", "x.XLSX", ""),
          fc.uint8Array({ maxLength: 200 }),
        )
        .map(([name, bytes]) => ({ name, bytes })),
    );
    await withoutWrites(t.db, cases, file, RUNS.workerSheet, async (upload) => {
      const bytes = "rows" in upload ? await xlsxOf(upload.rows) : upload.bytes;
      const sheet = await parseWorkerSheet(upload.name, bytes);
      if (!sheet.ok) {
        expect(badMessages(keys, [sheet.message]), upload.name).toEqual([]);
        return;
      }
      const checked = await checkWorkerRows(t.db, company, sheet.rows);
      const errors = checked.rows.flatMap((row) => (row.outcome === "error" ? [row.errors] : []));
      expect(badMessages(keys, errors), short(sheet.rows)).toEqual([]);
    });
  });
});
