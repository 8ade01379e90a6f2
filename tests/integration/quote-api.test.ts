import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openApiEndpoint } from "../../lib/openapi/endpoint";
import { apiErrorSchema } from "../../lib/http/api-errors";
import { quoteEndpoint } from "../../lib/quote/api";
import { currentPeriod } from "../../lib/domain/billing-period";
import { QUOTE_MESSAGES, quoteResponseSchema } from "../../lib/quote/schema";
import { setupTestDatabase } from "../support/database";
import { schemaViolations } from "../support/openapi";
import { lowestBpuQuote } from "../support/quotes";

const QUOTE_PATH = "/api/v1/contributions/quote";

const t = setupTestDatabase();
let caller = 0;

/** Each call from its own address: the per-IP limit is tested on its own below. */
function callQuote(query: string, ip = `10.0.${(++caller >> 8) & 255}.${caller & 255}`): Promise<Response> {
  return quoteEndpoint(new Request(`http://localhost${QUOTE_PATH}?${query}`, { headers: { "x-real-ip": ip } }), {
    db: t.db,
    now: new Date(),
  });
}

type JsonSchema = {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
};
type Operation = {
  parameters: { name: string; in: string; required?: boolean; schema: JsonSchema; style?: string; explode?: boolean }[];
  responses: Record<string, { content: Record<string, { schema: JsonSchema }> }>;
};
type OpenApi = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
};

const responseSchemaPointer = (status: number) =>
  `/paths/${QUOTE_PATH.replaceAll("/", "~1")}/get/responses/${status}/content/application~1json/schema`;

async function openApi(): Promise<OpenApi> {
  const response = await openApiEndpoint(new Request("http://localhost/api/v1/openapi.json"), { db: t.db, now: new Date() });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  return (await response.json()) as OpenApi;
}

describe("GET /api/v1/contributions/quote", () => {
  it("quotes JKK + JKM on Rp 1,000,000 for one month, cacheable", async () => {
    const response = await callQuote("category=BPU&income=1000000&programs=JKK,JKM&months=1&period=2025-06");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.json()).toEqual(lowestBpuQuote("2025-06"));
  });

  it("applies the defaults (JKK,JKM; 1 month; this month in Jakarta; sector OTHER) and reports the income range used", async () => {
    const response = await callQuote("category=BPU&income=1550000");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      category: "BPU",
      period: currentPeriod(),
      sector: "OTHER",
      income: 1_600_000,
      incomeRange: { from: 1_500_000, to: 1_699_999, base: 1_600_000 },
      months: 1,
    });
    // Whatever relief this month has, charged + relieved is the regulation's 16,000 + 6,800.
    expect(
      body.lines.map((line: { program: string; amount: number; relief: number }) => [line.program, line.amount + line.relief]),
    ).toEqual([
      ["JKK", 16_000],
      ["JKM", 6_800],
    ]);
  });

  it("quotes JHT for twelve months from June 2026, programs in any case and order: each month by its own rules, and says which relief applied", async () => {
    const response = await callQuote("category=BPU&income=1000000&programs=jht,%20jkm,JKK&months=12&period=2026-06");
    expect(response.status).toBe(200);
    const body = await response.json();
    // June – December 2026 under PP 50/2025 (28,400), January – May 2027 in full (36,800).
    expect(body).toMatchObject({
      months: 12,
      lines: [
        { program: "JKK", amount: 85_000, relief: 35_000 },
        { program: "JKM", amount: 57_800, relief: 23_800 },
        { program: "JHT", amount: 240_000, relief: 0 },
      ],
      schedule: [
        { from: "2026-06", to: "2026-12", monthlyTotal: 28_400 },
        { from: "2027-01", to: "2027-05", monthlyTotal: 36_800 },
      ],
      reliefs: [{ id: "PP50_2025_OTHER", regulation: "PP 50/2025", until: "2026-12", monthlyAfter: 36_800, amount: 58_800 }],
      monthlyTotal: 28_400,
      total: 382_800,
    });
    expect(body.reliefs[0].periods).toHaveLength(7);
  });

  it("gives transport workers the relief through March 2027 (sector=TRANSPORT) and refuses a malformed period or sector", async () => {
    const transport = await (await callQuote("category=BPU&income=1000000&months=3&period=2027-02&sector=TRANSPORT")).json();
    expect(transport).toMatchObject({
      total: 8_400 * 2 + 16_800,
      reliefs: [{ id: "PP50_2025_TRANSPORT", until: "2027-03", periods: ["2027-02", "2027-03"] }],
    });
    const bad = await callQuote("category=BPU&income=1000000&period=2026-1&sector=ojek");
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toEqual({ period: QUOTE_MESSAGES.periodInvalid, sector: QUOTE_MESSAGES.sectorInvalid });
  });

  it("quotes PU: Rp 5,000,000, risk class 1, small business, 2025, with employer and worker shares", async () => {
    const response = await callQuote("category=PU&wage=5000000&riskClass=1&scale=SMALL&year=2025");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.json()).toEqual({
      category: "PU",
      wage: 5_000_000,
      riskClass: 1,
      scale: "SMALL",
      year: 2025,
      period: "2025-12",
      jpWageCap: 10_547_400,
      lines: [
        { program: "JKK", employer: 12_000, worker: 0, amount: 12_000 },
        { program: "JKM", employer: 15_000, worker: 0, amount: 15_000 },
        { program: "JHT", employer: 185_000, worker: 100_000, amount: 285_000 },
        { program: "JP", employer: 100_000, worker: 50_000, amount: 150_000 },
      ],
      notBilled: [{ program: "JKP", wageBasis: 5_000_000, government: 11_000, fromJkk: 7_000, fromJkm: 0, amount: 18_000 }],
      employerTotal: 312_000,
      workerTotal: 150_000,
      monthlyTotal: 462_000,
    });
  });

  it("quotes PU above the JP cap: Rp 15,000,000, risk class 3, medium business, 2025", async () => {
    const response = await callQuote("category=PU&wage=15000000&riskClass=3&scale=MEDIUM&year=2025");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      category: "PU",
      wage: 15_000_000,
      riskClass: 3,
      scale: "MEDIUM",
      year: 2025,
      period: "2025-12",
      jpWageCap: 10_547_400,
      lines: [
        { program: "JKK", employer: 133_500, worker: 0, amount: 133_500 },
        { program: "JKM", employer: 45_000, worker: 0, amount: 45_000 },
        { program: "JHT", employer: 555_000, worker: 300_000, amount: 855_000 },
        { program: "JP", employer: 210_948, worker: 105_474, amount: 316_422 },
      ],
      notBilled: [{ program: "JKP", wageBasis: 5_000_000, government: 11_000, fromJkk: 7_000, fromJkm: 0, amount: 18_000 }],
      employerTotal: 944_448,
      workerTotal: 405_474,
      monthlyTotal: 1_349_922,
    });
  });

  it("quotes PU for a micro business without JP", async () => {
    const response = await callQuote("category=PU&wage=3000000&riskClass=2&scale=MICRO&year=2026&programs=jkk,jkm,jht");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.lines).toEqual([
      { program: "JKK", employer: 16_200, worker: 0, amount: 16_200 },
      { program: "JKM", employer: 9_000, worker: 0, amount: 9_000 },
      { program: "JHT", employer: 111_000, worker: 60_000, amount: 171_000 },
    ]);
    expect(body).toMatchObject({ jpWageCap: 11_086_300, employerTotal: 136_200, workerTotal: 60_000, monthlyTotal: 196_200 });
  });

  it("quotes JAKON: a Rp 500 million contract pays JKK 890,000 + JKM 110,000", async () => {
    const response = await callQuote("category=JAKON&contractValue=500000000");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.json()).toEqual({
      category: "JAKON",
      contractValue: 500_000_000,
      lines: [
        { program: "JKK", amount: 890_000 },
        { program: "JKM", amount: 110_000 },
      ],
      total: 1_000_000,
    });
  });

  it.each([
    ["category=PBI&income=5000000", { category: "Kategori belum didukung; pilihan: BPU, PU, JAKON" }],
    ["income=1000000", { category: "Kategori wajib diisi; pilihan: BPU, PU, JAKON" }],
    [
      "category=PU&income=5000000",
      {
        wage: "Upah wajib diisi",
        riskClass: "Kelas risiko wajib diisi",
        scale: "Skala usaha wajib diisi",
        year: "Tahun wajib diisi",
      },
    ],
    [
      "category=PU&wage=5.000.000&riskClass=6&scale=small&year=2027",
      {
        wage: "Upah harus berupa bilangan bulat rupiah tanpa tanda, titik, koma, atau desimal (contoh: 5000000)",
        riskClass: "Kelas risiko harus 1, 2, 3, 4 atau 5",
        scale: "Skala usaha harus MICRO, SMALL, MEDIUM atau LARGE",
        year: "Tahun harus antara 2015 dan 2026",
      },
    ],
    [
      "category=PU&wage=5000000&riskClass=1&scale=LARGE&year=2025&programs=JKK,JKM,JHT",
      { programs: "JP wajib untuk skala usaha MEDIUM dan LARGE" },
    ],
    ["category=PU&wage=5000000&riskClass=1&scale=SMALL&year=2025&programs=JKK,JKM", { programs: "JKK, JKM dan JHT wajib untuk PU" }],
    ["category=JAKON", { contractValue: "Nilai kontrak wajib diisi" }],
    ["category=JAKON&contractValue=0", { contractValue: "Nilai kontrak harus lebih dari Rp 0" }],
    ["category=BPU", { income: "Penghasilan wajib diisi" }],
    ["category=BPU&income=0", { income: "Penghasilan harus lebih dari Rp 0" }],
    [
      "category=BPU&income=1500000.50",
      { income: "Penghasilan harus berupa bilangan bulat rupiah tanpa tanda, titik, koma, atau desimal (contoh: 1500000)" },
    ],
    ["category=BPU&income=1000000&programs=JKK", { programs: "JKK dan JKM wajib untuk BPU" }],
    ["category=BPU&income=1000000&programs=JKK,JKM,JP", { programs: "Program JP tidak tersedia untuk BPU; pilihan: JKK, JKM, JHT" }],
    ["category=BPU&income=1000000&months=2", { months: "Lama pembayaran harus 1, 3, 6 atau 12 bulan" }],
    ["category=BPU&income=1000000&income=2000000", { income: "Parameter ini hanya boleh diberikan sekali" }],
  ])("400 for %s, never cached", async (query, fields) => {
    const response = await callQuote(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "Permintaan tidak valid", fields });
  });

  it("answers any query with 200 or 400, never a server error", async () => {
    const names = fc.constantFrom(
      "category",
      "income",
      "programs",
      "months",
      "period",
      "sector",
      "wage",
      "riskClass",
      "scale",
      "year",
      "contractValue",
      "other",
    );
    // Plausible values too, so the property reaches every category's success path, not just its errors.
    const values = fc.oneof(
      fc.string(),
      fc.constantFrom("BPU", "PU", "JAKON", "1", "5", "2025", "MICRO", "LARGE", "JKK,JKM,JHT", "5000000", "99999999999"),
      fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, values), { maxLength: 8 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const response = await callQuote(query);
        const body = await response.json();
        if (response.status === 200) return quoteResponseSchema.safeParse(body).success;
        return response.status === 400 && apiErrorSchema.safeParse(body).success;
      }),
      { numRuns: 300 },
    );
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document for the Lindung API", async () => {
    const doc = await openApi();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info).toMatchObject({ title: "Lindung API", version: "1" });
    expect(doc.servers).toEqual([{ url: "/" }]);
  });

  it("documents the quote parameters as the route reads them", async () => {
    const operation = (await openApi()).paths[QUOTE_PATH]?.get;
    expect(operation).toBeDefined();
    const parameters = Object.fromEntries(operation.parameters.map((p) => [p.name, p]));
    expect(Object.keys(parameters)).toEqual([
      "category",
      "income",
      "programs",
      "months",
      "period",
      "sector",
      "wage",
      "riskClass",
      "scale",
      "year",
      "contractValue",
    ]);
    expect(Object.values(parameters).every((p) => p.in === "query")).toBe(true);
    expect(parameters.category).toMatchObject({ required: true, schema: { type: "string", enum: ["BPU", "PU", "JAKON"] } });
    // Required only for some categories: OpenAPI cannot say so, the description does.
    expect(parameters.income).toMatchObject({
      required: false,
      description: expect.stringContaining("Required for category BPU"),
      schema: { type: "integer", minimum: 1 },
    });
    expect(parameters.programs).toMatchObject({
      required: false,
      description: "Only for category BPU, PU.",
      style: "form",
      explode: false,
      schema: {
        anyOf: [
          { type: "array", default: ["JKK", "JKM"], items: { enum: ["JKK", "JKM", "JHT"] } },
          { type: "array", default: ["JKK", "JKM", "JHT", "JP"], items: { enum: ["JKK", "JKM", "JHT", "JP"] } },
        ],
      },
    });
    expect(parameters.months).toMatchObject({ required: false, schema: { default: 1, enum: [1, 3, 6, 12] } });
    expect(parameters.wage).toMatchObject({ required: false, schema: { type: "integer", minimum: 1 } });
    expect(parameters.riskClass).toMatchObject({ schema: { enum: [1, 2, 3, 4, 5] } });
    expect(parameters.scale).toMatchObject({ schema: { enum: ["MICRO", "SMALL", "MEDIUM", "LARGE"] } });
    expect(parameters.year).toMatchObject({ schema: { type: "integer", minimum: 2015, maximum: 2026 } });
    expect(parameters.contractValue).toMatchObject({
      description: expect.stringContaining("Required for category JAKON"),
      schema: { type: "integer", minimum: 1 },
    });
  });

  it("documents the 200 and 400 bodies with the properties the route returns", async () => {
    const doc = await openApi();
    const responses = doc.paths[QUOTE_PATH].get.responses;
    const ref = responses["200"].content["application/json"].schema.$ref ?? "";
    const quote = doc.components.schemas[ref.split("/").at(-1) ?? ""];
    const bpu = quote.oneOf?.find((option: JsonSchema) => option.properties?.category?.const === "BPU");
    const bpuProperties = [
      "category",
      "period",
      "sector",
      "income",
      "incomeRange",
      "months",
      "lines",
      "perMonth",
      "schedule",
      "reliefs",
      "monthlyTotal",
      "total",
    ];
    expect(Object.keys(bpu?.properties ?? {})).toEqual(bpuProperties);
    expect(bpu?.required).toEqual(bpuProperties);
    expect(bpu?.properties?.lines.items?.required).toEqual(["program", "amount", "relief"]);
    // v1 grows by addition (docs/api.md): the document must not forbid properties added later.
    expect(bpu).not.toHaveProperty("additionalProperties");
    expect(bpu?.properties?.lines.items).not.toHaveProperty("additionalProperties");
    const pu = quote.oneOf?.find((option: JsonSchema) => option.properties?.category?.const === "PU");
    expect(pu?.required).toEqual([
      "category",
      "wage",
      "riskClass",
      "scale",
      "year",
      "period",
      "jpWageCap",
      "lines",
      "notBilled",
      "employerTotal",
      "workerTotal",
      "monthlyTotal",
    ]);
    expect(pu?.properties?.lines.items?.required).toEqual(["program", "employer", "worker", "amount"]);
    expect(pu?.properties?.notBilled.items?.properties?.program).toMatchObject({ const: "JKP" });
    const jakon = quote.oneOf?.find((option: JsonSchema) => option.properties?.category?.const === "JAKON");
    expect(jakon?.required).toEqual(["category", "contractValue", "lines", "total"]);
    expect(responses["400"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ApiError" });
    expect(doc.components.schemas.ApiError.required).toEqual(["error", "fields"]);
  });

  it("describes real responses: a 200 and a 400 body validate against the document", async () => {
    const doc = await openApi();
    const ok = await (await callQuote("category=BPU&income=2345678&programs=JKK,JKM,JHT&months=6")).json();
    expect(schemaViolations(responseSchemaPointer(200), ok, doc)).toEqual([]);
    const bad = await (await callQuote("category=BPU&income=abc&months=5")).json();
    expect(schemaViolations(responseSchemaPointer(400), bad, doc)).toEqual([]);
    const pu = await (await callQuote("category=PU&wage=12345678&riskClass=4&scale=LARGE&year=2021")).json();
    expect(schemaViolations(responseSchemaPointer(200), pu, doc)).toEqual([]);
    const jakon = await (await callQuote("category=JAKON&contractValue=7654321098")).json();
    expect(schemaViolations(responseSchemaPointer(200), jakon, doc)).toEqual([]);
  });

  it("its validator is not vacuous: broken bodies are rejected", async () => {
    const doc = await openApi();
    const pointer = responseSchemaPointer(200);
    const ok = (await (await callQuote("category=BPU&income=1000000")).json()) as Record<string, unknown>;
    const missing = { ...ok };
    delete missing.monthlyTotal;
    expect(schemaViolations(pointer, missing, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...ok, total: "16800" }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...ok, income: 1_000_000.5 }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...ok, lines: [{ program: "XYZ", amount: 1 }] }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...ok, category: "PU" }, doc)).not.toEqual([]);
    const pu = (await (await callQuote("category=PU&wage=5000000&riskClass=1&scale=SMALL&year=2025")).json()) as Record<string, unknown>;
    const lines = pu.lines as Record<string, unknown>[];
    expect(schemaViolations(pointer, pu, doc)).toEqual([]);
    expect(schemaViolations(pointer, { ...pu, lines: [{ ...lines[0], employer: undefined }] }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...pu, lines: [{ ...lines[0], program: "JKP" }] }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...pu, riskClass: 6 }, doc)).not.toEqual([]);
    expect(schemaViolations(pointer, { ...pu, notBilled: [{ program: "JKK", amount: 1 }] }, doc)).not.toEqual([]);
    const jakon = (await (await callQuote("category=JAKON&contractValue=500000000")).json()) as Record<string, unknown>;
    expect(schemaViolations(pointer, { ...jakon, total: -1 }, doc)).not.toEqual([]);
  });
});
