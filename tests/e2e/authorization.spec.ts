// Issue 6.1, generated since issue 10: every page, server action and route
// against every actor, run against the running app. What each actor should
// get follows from the permission the target declares (read from its source,
// tests/e2e/support/app-inventory.ts) and lib/auth/permissions.ts; the rows
// below only say how to reach each target and whose record it shows. A target
// without a row, or without a declared permission, fails the first test.
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { makeNik, registrationForm } from "../support/factories";
import { passDemoSecondFactor } from "../support/second-factor";
import { DEMO_PASSWORD, DEMO_WORKER_NIK } from "../../lib/demo/accounts";
import { grantOf, isPermission, type Principal } from "../../lib/auth/permissions";
import { actionTargets, appTargets, serverActions, type Target } from "./support/app-inventory";

const ACTORS = ["anonymous", "workerA", "workerB", "officer1", "officer2", "staff", "finance", "manager", "admin", "sponsorOp"] as const;
type Actor = (typeof ACTORS)[number];

const PRINCIPALS: Record<Actor, Principal | null> = {
  anonymous: null,
  workerA: "WORKER",
  workerB: "WORKER",
  officer1: "BANK_OFFICER",
  officer2: "BANK_OFFICER",
  staff: "BPJS_STAFF",
  finance: "FINANCE",
  manager: "BJB_MANAGER",
  admin: "ADMIN",
  sponsorOp: "SPONSOR_OPERATOR",
};

/** ok: the request reached its page or handler (2xx); login: sent to /masuk; home: sent to their home page; 404: nothing there for them; else a status. */
type Outcome = "ok" | "login" | "home" | 404 | 401 | 403;
type Row = {
  /** The route pattern as in app/ (route groups dropped), or the action's exported name. */
  target: string;
  /** The concrete request: a path with ids filled in. */
  path: (ids: Ids) => string;
  method?: "GET" | "POST";
  body?: (ids: Ids) => Record<string, string>;
  /** Whose record the path shows: under a branch or own-record grant, nobody else finds it. */
  subject?: Actor;
  /** What reaching it looks like when it is not a page (a redirect to the actor's home). */
  granted?: Outcome;
};

type Ids = {
  client1: string;
  client2: string;
  bill1: string;
  bill2: string;
  batch1: string;
  receiptB: string;
  settlement: string;
  account: string;
  programme: string;
  beneficiaryBatch: string;
  collectiveBill: string;
  campaign1: string;
};

const fixed = (path: string) => () => path;

const ROWS: Row[] = [
  // Public pages.
  { target: "/", path: fixed("/") },
  { target: "/daftar", path: fixed("/daftar") },
  { target: "/masuk", path: fixed("/masuk") },
  { target: "/masuk/lanjut", path: fixed("/masuk/lanjut"), granted: "home" },
  { target: "/masuk/lupa", path: fixed("/masuk/lupa") },
  // Sign-in steps: a session that has taken them is sent on to where it was going.
  { target: "/masuk/dua-langkah", path: fixed("/masuk/dua-langkah?next=/dashboard"), granted: "home" },
  { target: "/masuk/kata-sandi-baru", path: fixed("/masuk/kata-sandi-baru?next=/akun"), granted: "home" },
  { target: "/masuk/lupa/kode", path: fixed("/masuk/lupa/kode?permintaan=bukan-uuid") },
  { target: "/aktivasi", path: fixed("/aktivasi") },
  { target: "/aktivasi/kode", path: fixed("/aktivasi/kode?permintaan=bukan-uuid") },
  { target: "/sandbox-bjb", path: fixed("/sandbox-bjb") },
  { target: "/sandbox-pesan", path: fixed("/sandbox-pesan") },
  // Workers: their own record only.
  { target: "/daftar/selesai", path: fixed("/daftar/selesai") },
  { target: "/akun", path: fixed("/akun") },
  { target: "/akun/kartu", path: fixed("/akun/kartu") },
  { target: "/akun/data", path: fixed("/akun/data") },
  { target: "/akun/ubah", path: fixed("/akun/ubah") },
  { target: "/akun/kwitansi/[paymentId]", path: (i) => `/akun/kwitansi/${i.receiptB}`, subject: "workerB" },
  // A UMKM owner's own business: no worker actor owns the officer's client, so it does not exist for them.
  { target: "/akun/usaha", path: fixed("/akun/usaha") },
  { target: "/akun/usaha/[id]", path: (i) => `/akun/usaha/${i.client1}`, subject: "officer1" },
  // BJB officers: their branch's clients only (admin: every branch).
  { target: "/bank", path: fixed("/bank") },
  { target: "/bank/klien", path: fixed("/bank/klien") },
  { target: "/bank/klien/baru", path: fixed("/bank/klien/baru") },
  { target: "/bank/klien/[id]", path: (i) => `/bank/klien/${i.client1}`, subject: "officer1" },
  { target: "/bank/klien/[id]/impor", path: (i) => `/bank/klien/${i.client2}/impor`, subject: "officer2" },
  { target: "/bank/klien/[id]/impor/periksa", method: "POST", path: (i) => `/bank/klien/${i.client1}/impor/periksa`, subject: "officer1" },
  { target: "/bank/impor/templat/[format]", path: fixed("/bank/impor/templat/csv") },
  { target: "/bank/impor/[batchId]/laporan", path: (i) => `/bank/impor/${i.batch1}/laporan`, subject: "officer1" },
  { target: "/bank/kredit", path: fixed("/bank/kredit") },
  { target: "/bank/pemulihan", path: fixed("/bank/pemulihan") },
  { target: "/bank/proyek", path: fixed("/bank/proyek") },
  { target: "/bank/proyek/baru", path: fixed("/bank/proyek/baru") },
  { target: "/bank/kampanye", path: fixed("/bank/kampanye") },
  { target: "/bank/kampanye/[id]", path: (i) => `/bank/kampanye/${i.campaign1}`, subject: "officer1" },
  { target: "/bank/tagihan/[billId]", path: (i) => `/bank/tagihan/${i.bill2}`, subject: "officer2" },
  // Dashboards and BPJS TK's own work.
  { target: "/dashboard", path: fixed("/dashboard") },
  { target: "/dashboard/peserta", path: fixed("/dashboard/peserta") },
  { target: "/dashboard/peserta/ekspor", path: fixed("/dashboard/peserta/ekspor?format=csv") },
  { target: "/dashboard/ringkasan/ekspor", path: fixed("/dashboard/ringkasan/ekspor?format=csv") },
  { target: "/dashboard/ekspor", path: fixed("/dashboard/ekspor") },
  // Nobody's export: those who may export find nothing there (an export is its requester's alone: exports.test.ts).
  { target: "/dashboard/ekspor/[id]", path: fixed("/dashboard/ekspor/0194e8a0-0000-7000-8000-000000000000"), granted: 404 },
  { target: "/dashboard/tinjauan", path: fixed("/dashboard/tinjauan") },
  { target: "/dashboard/perubahan", path: fixed("/dashboard/perubahan") },
  { target: "/dashboard/rekonsiliasi", path: fixed("/dashboard/rekonsiliasi") },
  { target: "/dashboard/rekonsiliasi/[id]", path: (i) => `/dashboard/rekonsiliasi/${i.settlement}` },
  { target: "/dashboard/audit", path: fixed("/dashboard/audit") },
  { target: "/dashboard/pesan", path: fixed("/dashboard/pesan") },
  // The admin console: admins only.
  { target: "/admin", path: fixed("/admin") },
  { target: "/admin/pengguna/baru", path: fixed("/admin/pengguna/baru") },
  { target: "/admin/pengguna/[id]", path: (i) => `/admin/pengguna/${i.account}` },
  { target: "/admin/cabang", path: fixed("/admin/cabang") },
  { target: "/admin/kunci-api", path: fixed("/admin/kunci-api") },
  { target: "/admin/aturan", path: fixed("/admin/aturan?bulan=0001-01") },
  { target: "/admin/sponsor", path: fixed("/admin/sponsor") },
  // A sponsor's operator: their sponsor's programmes (the demo has one sponsor; another's is a 404: sponsor.spec.ts).
  { target: "/sponsor", path: fixed("/sponsor") },
  { target: "/sponsor/program/[id]", path: (i) => `/sponsor/program/${i.programme}` },
  { target: "/sponsor/program/[id]/periksa", method: "POST", path: (i) => `/sponsor/program/${i.programme}/periksa` },
  { target: "/sponsor/templat/[format]", path: fixed("/sponsor/templat/xlsx") },
  { target: "/sponsor/impor/[batchId]/laporan", path: (i) => `/sponsor/impor/${i.beneficiaryBatch}/laporan` },
  { target: "/sponsor/tagihan/[billId]", path: (i) => `/sponsor/tagihan/${i.collectiveBill}` },
  // API: keys and signatures (none sent here: 401), sessions where the endpoint takes them.
  { target: "/api/v1/openapi.json", path: fixed("/api/v1/openapi.json") },
  { target: "/api/v1/contributions/quote", path: fixed("/api/v1/contributions/quote?category=BPU&income=1000000") },
  { target: "/api/v1/enrollments", method: "POST", path: fixed("/api/v1/enrollments") },
  { target: "/daftar/langkah", method: "POST", path: fixed("/daftar/langkah?step=SHOWN") },
  { target: "/api/v1/employments/end", method: "POST", path: fixed("/api/v1/employments/end") },
  { target: "/api/v1/employments/wage", method: "POST", path: fixed("/api/v1/employments/wage") },
  { target: "/api/v1/payments/notifications", method: "POST", path: fixed("/api/v1/payments/notifications") },
  { target: "/api/v1/payments/inquiries", method: "POST", path: fixed("/api/v1/payments/inquiries") },
  { target: "/api/v1/payments/reversals", method: "POST", path: fixed("/api/v1/payments/reversals") },
  { target: "/api/v1/stats", path: fixed("/api/v1/stats") },
  { target: "/api/auth/[...nextauth]", path: fixed("/api/auth/session") },
  // Server actions, posted to a public page so that only the action's own check stands in the way.
  // The forms do not validate: "ok" means the permission let the request through and the action answered (a
  // validation message), never that it wrote anything. Scope inside actions (another branch's client, case or
  // referral: not found) is tested against the definitions (tests/integration/officer-scope.test.ts, fuzz-actions).
  { target: "switchLocale", path: fixed("/"), body: () => ({ locale: "xx" }) },
  { target: "registerAction", path: fixed("/"), body: () => ({}) },
  { target: "checkNikAction", path: fixed("/"), body: () => ({}) },
  { target: "createCampaignAction", path: fixed("/"), body: () => ({ name: "x" }) },
  { target: "requestRecoveryCodeAction", path: fixed("/"), body: () => ({}) },
  { target: "resetPasswordAction", path: fixed("/"), body: () => ({ codeId: "bukan-uuid" }) },
  { target: "requestActivationCodeAction", path: fixed("/"), body: () => ({}) },
  { target: "activateAccountAction", path: fixed("/"), body: () => ({ codeId: "bukan-uuid" }) },
  { target: "enrolTwoFactorAction", path: fixed("/"), body: () => ({}) },
  { target: "verifyTwoFactorAction", path: fixed("/"), body: () => ({}) },
  { target: "requiredPasswordChangeAction", path: fixed("/"), body: () => ({}) },
  { target: "sendSandboxPayment", path: fixed("/"), body: () => ({}) },
  { target: "enrollUmkmAction", path: fixed("/"), body: () => ({}) },
  { target: "registerProjectAction", path: fixed("/"), body: () => ({}) },
  { target: "recordReferralAction", path: fixed("/"), body: (i) => ({ companyId: i.client2 }) },
  { target: "updateReferralStatusAction", path: fixed("/"), body: () => ({}) },
  { target: "saveImportAction", path: fixed("/"), body: () => ({ batchId: "0194e8a0-0000-7000-8000-000000000000" }) },
  { target: "decideReviewAction", path: fixed("/"), body: () => ({}) },
  { target: "uploadSettlementAction", path: fixed("/"), body: () => ({}) },
  { target: "proposeCreditsAction", path: fixed("/"), body: () => ({ settlementId: "bukan-uuid" }) },
  { target: "applyCreditAction", path: fixed("/"), body: () => ({ creditId: "bukan-uuid" }) },
  { target: "addHeirAction", path: fixed("/"), body: () => ({}) },
  { target: "removeHeirAction", path: fixed("/"), body: () => ({ heirId: "bukan-uuid" }) },
  { target: "updatePreferencesAction", path: fixed("/"), body: () => ({ textChannel: "SMS", locale: "id" }) },
  { target: "requestExportAction", path: fixed("/"), body: () => ({ format: "pdf" }) },
  { target: "endEmploymentAction", path: fixed("/"), body: () => ({ employmentId: "bukan-uuid" }) },
  { target: "changeWageAction", path: fixed("/"), body: () => ({ employmentId: "bukan-uuid" }) },
  { target: "continueAsBpuAction", path: fixed("/"), body: () => ({ employmentId: "bukan-uuid" }) },
  { target: "reportDeathAction", path: fixed("/"), body: () => ({ participantId: "bukan-uuid" }) },
  { target: "recoverAtBranchAction", path: fixed("/"), body: () => ({}) },
  { target: "updateProfileAction", path: fixed("/"), body: () => ({}) },
  { target: "changeBpuTermsAction", path: fixed("/"), body: () => ({}) },
  { target: "requestContactCodeAction", path: fixed("/"), body: () => ({ kind: "fax" }) },
  { target: "confirmContactChangeAction", path: fixed("/"), body: () => ({ codeId: "bukan-uuid" }) },
  { target: "requestIdentityChangeAction", path: fixed("/"), body: () => ({}) },
  { target: "decideIdentityChangeAction", path: fixed("/"), body: () => ({ requestId: "bukan-uuid" }) },
  { target: "updateBillingContactAction", path: fixed("/"), body: () => ({ companyId: "bukan-uuid" }) },
  { target: "updateManagerAction", path: fixed("/"), body: () => ({ companyId: "bukan-uuid" }) },
  { target: "addWorkersAction", path: fixed("/"), body: () => ({ companyId: "bukan-uuid" }) },
  { target: "proposeRefundAction", path: fixed("/"), body: () => ({ accountId: "bukan-uuid" }) },
  { target: "applyRefundAction", path: fixed("/"), body: () => ({ refundId: "bukan-uuid" }) },
  { target: "cancelRefundAction", path: fixed("/"), body: () => ({ refundId: "bukan-uuid" }) },
  { target: "createAccountAction", path: fixed("/"), body: () => ({}) },
  { target: "setAccountActiveAction", path: fixed("/"), body: () => ({ userId: "bukan-uuid" }) },
  { target: "unlockAccountAction", path: fixed("/"), body: () => ({ userId: "bukan-uuid" }) },
  { target: "resetAccountPasswordAction", path: fixed("/"), body: () => ({ userId: "bukan-uuid" }) },
  { target: "resetAccountSecondFactorAction", path: fixed("/"), body: () => ({ userId: "bukan-uuid" }) },
  { target: "createBranchAction", path: fixed("/"), body: () => ({}) },
  { target: "createApiKeyAction", path: fixed("/"), body: () => ({}) },
  { target: "revokeApiKeyAction", path: fixed("/"), body: () => ({ keyId: "bukan-uuid" }) },
  { target: "rotateApiKeyAction", path: fixed("/"), body: () => ({ keyId: "bukan-uuid" }) },
  { target: "createSponsorAction", path: fixed("/"), body: () => ({}) },
  { target: "createProgrammeAction", path: fixed("/"), body: () => ({}) },
  { target: "saveBeneficiariesAction", path: fixed("/"), body: () => ({ batchId: "0194e8a0-0000-7000-8000-000000000000" }) },
];

const TARGETS = new Map([...appTargets(), ...actionTargets()].map((t) => [t.target, t]));

/** What `actor` should get from `row`, from the permission its target declares. */
function expected(target: Target, row: Row, actor: Actor): Outcome {
  // No key and no signature is sent here: such endpoints answer 401 whoever is signed in.
  if (target.authentication === "apiKey" || target.authentication === "signature") return 401;
  const scope = target.permission && isPermission(target.permission) ? grantOf(target.permission, PRINCIPALS[actor]) : undefined;
  if (!scope) {
    if (actor !== "anonymous") return 404;
    return target.authentication === "apiKeyOrSession" ? 401 : "login";
  }
  if (row.subject && (scope === "branch" || scope === "own" || scope === "owned") && row.subject !== actor) return 404;
  return row.granted ?? "ok";
}

const identifierIFIERS: Record<Exclude<Actor, "anonymous" | "workerB">, string> = {
  workerA: DEMO_WORKER_NIK,
  officer1: "petugas.serang@bjb.test",
  officer2: "petugas.tangerang@bjb.test",
  staff: "staf.serang@bpjstk.test",
  finance: "keuangan.serang@bpjstk.test",
  manager: "manajer@bjb.test",
  admin: "admin@lindung.test",
  sponsorOp: "operator@bantenprov.test",
};

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const ACTION_IDS = serverActions();

async function newContext(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: BASE_URL,
    maxRedirects: 0,
    extraHTTPHeaders: { "x-real-ip": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });
}

async function signIn(context: APIRequestContext, identifier: string, password = DEMO_PASSWORD) {
  await signInWithPasswordOnly(context, identifier, password);
  // Everyone but workers: the second step, with the demo authenticator's code.
  if (identifier.includes("@")) {
    await passDemoSecondFactor(identifier, async (code) => {
      const response = await callAction(context, "verifyTwoFactorAction", "/masuk/dua-langkah", { code });
      const body = await response.text();
      expect(body, `second factor for ${identifier}`).not.toContain("errors.twoFactor.wrong");
      return !body.includes("errors.twoFactor.reused");
    });
  }
}

async function signInWithPasswordOnly(context: APIRequestContext, identifier: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, identifier, password, json: "true" } });
  expect(response.status(), `sign in ${identifier}`).toBeLessThan(400);
  const cookies = (await context.storageState()).cookies;
  expect(
    cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `session for ${identifier}`,
  ).toBe(true);
}

/**
 * Calls a server action the way React does: a Next-Action header and the
 * arguments as multipart form data, the form's fields ("_1_<name>") first and
 * the argument list ("0") last, because the server resolves "0" as it arrives.
 */
function callAction(context: APIRequestContext, name: string, path: string, fields: Record<string, string | File>, origin = BASE_URL) {
  const id = ACTION_IDS.get(name);
  const target = TARGETS.get(name);
  if (!id || !target) throw new Error(`no server action ${name} in the build and the source`);
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  // One argument (formData) for plain form actions, two (state, formData) for useActionState ones.
  multipart.append("0", target.arity === 1 ? '["$K1"]' : '[null,"$K1"]');
  return context.post(path, { headers: { "Next-Action": id, Accept: "text/x-component", Origin: origin }, multipart });
}

async function outcomeOf(row: Row, response: APIResponse): Promise<Outcome | number> {
  const status = response.status();
  const location = response.headers()["location"] ?? response.headers()["x-action-redirect"] ?? "";
  if (TARGETS.get(row.target)?.kind === "action") {
    // An action answers 200 whatever happened; the Flight body says which:
    // "1:{…}" its own result, an E digest for notFound(), and "{}" (or an
    // x-action-redirect) when it redirected to sign in before doing anything.
    const body = await response.text();
    if (status !== 200) return status;
    if (body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return 404;
    if (location.includes("/masuk") || body === "{}") return "login";
    return /^1:[{"n\[]/m.test(body) ? "ok" : (`unexpected: ${body.slice(0, 80)}` as never);
  }
  if (status >= 300 && status < 400) {
    if (location.includes("/masuk")) return "login";
    return /^\/(akun|bank|dashboard|sponsor)\b/.test(new URL(location, BASE_URL).pathname) ? "home" : status;
  }
  if (status === 200 || status === 201 || status === 204) return "ok";
  return status;
}

let contexts: Record<Actor, APIRequestContext>;
let ids: Ids;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const entries = await Promise.all(ACTORS.map(async (actor) => [actor, await newContext()] as const));
  contexts = Object.fromEntries(entries) as Record<Actor, APIRequestContext>;
  for (const [actor, identifier] of Object.entries(identifierIFIERS)) await signIn(contexts[actor as Actor], identifier);

  // Worker B registers through the real action, pays the first bill in the sandbox, and gets a receipt.
  const form = registrationForm({ nik: makeNik("1991-02-03", "M"), birthDate: "1991-02-03", gender: "M", name: "Budi Matriks" });
  const registered = await callAction(contexts.anonymous, "registerAction", "/daftar", form as unknown as Record<string, string>);
  expect(await registered.text()).toContain('"ok":true');
  await signIn(contexts.workerB, form.nik, form.password);
  const account = await (await contexts.workerB.get("/akun")).text();
  const [, va, amount] = account.match(/sandbox-bjb\?va=(\d{16})&amp;amount=(\d+)/) ?? [];
  expect(va).toBeTruthy();
  const paid = await callAction(contexts.workerB, "sendSandboxPayment", "/sandbox-bjb", { virtualAccount: va!, amount: amount! });
  expect(paid.status()).toBe(200);
  const receiptB = (await (await contexts.workerB.get("/akun")).text()).match(/\/akun\/kwitansi\/([0-9a-f-]{36})/)?.[1];

  const firstId = (html: string, prefix: string) => html.match(new RegExp(`${prefix}([0-9a-f-]{36})`))?.[1];
  const client1 = firstId(await (await contexts.officer1.get("/bank/klien")).text(), "/bank/klien/");
  const client2 = firstId(await (await contexts.officer2.get("/bank/klien")).text(), "/bank/klien/");
  const bill1 = firstId(await (await contexts.officer1.get(`/bank/klien/${client1}`)).text(), "/bank/tagihan/");
  const bill2 = firstId(await (await contexts.officer2.get(`/bank/klien/${client2}`)).text(), "/bank/tagihan/");
  // The officer's own template, with a row that fails its checks: a batch to report on, nobody saved.
  const template = await (await contexts.officer1.get("/bank/impor/templat/csv")).text();
  const check = await contexts.officer1.post(`/bank/klien/${client1}/impor/periksa`, {
    headers: { Origin: BASE_URL },
    multipart: { file: { name: "pekerja.csv", mimeType: "text/csv", buffer: Buffer.from(`${template.trimEnd()}\n123,Salah,,,\n`) } },
  });
  const batch1 = (await check.text()).match(/"batchId":"([0-9a-f-]{36})"/)?.[1];
  const settlementCsv = `bank reference,virtual account,amount,paid at\nMATRIKS-1,${va},1,2026-01-01T10:00:00+07:00\nTRAILER,1,1\n`;
  const settled = await callAction(contexts.finance, "uploadSettlementAction", "/dashboard/rekonsiliasi", {
    businessDate: "2026-01-01",
    file: new File([settlementCsv], "settlement.csv", { type: "text/csv" }),
  });
  const settlement = (settled.headers()["x-action-redirect"] ?? "").match(/rekonsiliasi\/([0-9a-f-]{36})/)?.[1];
  const staffAccount = firstId(await (await contexts.admin.get("/admin")).text(), "/admin/pengguna/");
  // The operator's programme, and a beneficiary list with a row that fails its checks: a report, nobody saved.
  const programme = firstId(await (await contexts.sponsorOp.get("/sponsor")).text(), "/sponsor/program/");
  const programmePage = await (await contexts.sponsorOp.get(`/sponsor/program/${programme}`)).text();
  const months = programmePage.match(/<option value="(\d{4}-\d{2})"/)?.[1];
  const collectiveBill = firstId(programmePage, "/sponsor/tagihan/");
  const listed = await contexts.sponsorOp.post(`/sponsor/program/${programme}/periksa`, {
    headers: { Origin: BASE_URL },
    multipart: {
      fromPeriod: months ?? "",
      file: { name: "penerima.csv", mimeType: "text/csv", buffer: Buffer.from("NIK,Nama,Tanggal Lahir,Jenis Kelamin\n123,Salah,,\n") },
    },
  });
  const beneficiaryBatch = (await listed.text()).match(/"batchId":"([0-9a-f-]{36})"/)?.[1];
  // Officer 1's campaign poster: its page is their branch's.
  const campaigned = await callAction(contexts.officer1, "createCampaignAction", "/bank/kampanye", {
    name: "Poster Matriks",
    kind: "POSTER",
  });
  const campaign1 = (campaigned.headers()["x-action-redirect"] ?? "").match(/kampanye\/([0-9a-f-]{36})/)?.[1];
  ids = {
    client1: client1!,
    client2: client2!,
    bill1: bill1!,
    bill2: bill2!,
    batch1: batch1!,
    receiptB: receiptB!,
    settlement: settlement!,
    account: staffAccount!,
    programme: programme!,
    beneficiaryBatch: beneficiaryBatch!,
    collectiveBill: collectiveBill!,
    campaign1: campaign1!,
  };
  const missing = Object.entries(ids).filter(([, value]) => !/^[0-9a-f-]{36}$/.test(value ?? ""));
  expect(missing.map(([key]) => key)).toEqual([]);
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts ?? {}).map((c) => c.dispose()));
});

test("every page, route and server action of the build declares a permission and has a row in the matrix", () => {
  const undeclared = [...TARGETS.values()]
    .filter((t) => !t.permission || !isPermission(t.permission))
    .map((t) => `${t.kind} ${t.target} (${t.file})`);
  expect(undeclared).toEqual([]);
  expect([...TARGETS.keys()].sort()).toEqual([...new Set(ROWS.map((r) => r.target))].sort());
  // The build's actions are the source's.
  expect([...ACTION_IDS.keys()].sort()).toEqual(
    actionTargets()
      .map((t) => t.target)
      .sort(),
  );
});

test(`the access matrix holds: ${ROWS.length} targets × ${ACTORS.length} actors`, async () => {
  test.setTimeout(180_000);
  const differences: string[] = [];
  for (const row of ROWS) {
    const target = TARGETS.get(row.target)!;
    for (const actor of ACTORS) {
      const context = contexts[actor];
      const path = row.path(ids);
      const response =
        target.kind === "action"
          ? await callAction(context, row.target, path, row.body?.(ids) ?? {})
          : row.method === "POST"
            ? await context.post(path, {
                headers: { Origin: BASE_URL },
                multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("nik\n1\n") } },
              })
            : await context.get(path);
      const got = await outcomeOf(row, response);
      const want = expected(target, row, actor);
      if (got !== want) differences.push(`${target.kind} ${row.target} (${target.permission}) as ${actor}: expected ${want}, got ${got}`);
      expect(response.status(), `${row.target} as ${actor}`).toBeLessThan(500);
    }
  }
  expect(differences).toEqual([]);
});

test("nothing is reachable by guessing an id: another branch's or worker's record is a 404, not a 403 and not the data", async () => {
  const page = await contexts.officer1.get(`/bank/klien/${ids.client2}`);
  expect(page.status()).toBe(404);
  const bill = await contexts.officer1.get(`/bank/tagihan/${ids.bill2}`);
  expect(bill.status()).toBe(404);
  expect((await contexts.officer2.get(`/bank/tagihan/${ids.bill1}`)).status()).toBe(404);
  const receipt = await contexts.workerA.get(`/akun/kwitansi/${ids.receiptB}`);
  expect(receipt.status()).toBe(404);
  expect(await receipt.text()).not.toContain("Budi Matriks");
  for (const guess of ["00000000-0000-0000-0000-000000000000", "bukan-uuid", "1%20OR%201=1"]) {
    expect((await contexts.officer1.get(`/bank/klien/${guess}`)).status()).toBe(404);
  }
});

test("no way back to another site after signing in or out, and a malformed callback address is no server error (issue 15)", async ({
  page,
}) => {
  // "/.//evil.example" is "//evil.example" once its dot segments are collapsed: signing in must stay on this site.
  await page.goto("/masuk?next=%2F.%2F%2Fevil.example");
  await page.getByLabel("NIK, nomor HP, atau email").fill(DEMO_WORKER_NIK);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(BASE_URL).host);
  const malformed = "http://localhost:3100.evil.example/";
  const csrf = await contexts.anonymous.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = await csrf.json();
  const signOut = await contexts.workerA.post("/api/auth/signout", { form: { csrfToken, callbackUrl: malformed }, maxRedirects: 0 });
  expect(signOut.status()).toBeLessThan(500);
  // A browser holding such a callback cookie still gets its pages, and is told to forget the cookie.
  const held = await contexts.anonymous.get("/masuk", { headers: { cookie: `next-auth.callback-url=${encodeURIComponent(malformed)}` } });
  expect(held.status()).toBe(200);
  expect(held.headers()["set-cookie"]).toMatch(/next-auth\.callback-url=;/);
  const signedIn = await contexts.workerA.get("/akun", { headers: { cookie: `next-auth.callback-url=${encodeURIComponent(malformed)}` } });
  expect(signedIn.status()).toBeLessThan(500);
  // And the query parameter of next-auth's own pages is dropped the same way.
  expect((await contexts.anonymous.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(malformed)}`)).status()).toBeLessThan(500);
  const session = await contexts.anonymous.get("/api/auth/session", {
    headers: { cookie: `next-auth.callback-url=${encodeURIComponent(malformed)}` },
  });
  expect(session.status()).toBe(200);
});

test("a server action posted from another site is refused before it runs (CSRF)", async () => {
  const foreign = await callAction(contexts.staff, "decideReviewAction", "/", { caseId: "x" }, "https://penipu.example");
  expect(foreign.status()).toBe(403);
  const noOrigin = await contexts.staff.post("/", {
    headers: { "Next-Action": ACTION_IDS.get("decideReviewAction")! },
    multipart: { 0: "[]" },
  });
  expect(noOrigin.status()).toBe(403);
  // A plain form post (no script, no Next-Action header) runs an action too: refused the same way.
  const formPost = await contexts.staff.post("/", {
    headers: { Origin: "https://penipu.example" },
    multipart: { [`$ACTION_ID_${ACTION_IDS.get("decideReviewAction")!}`]: "", caseId: "x", decision: "APPROVED", note: "x" },
  });
  expect(formPost.status()).toBe(403);
  // And a route's own POST (the import check) likewise.
  const upload = await contexts.officer1.post(`/bank/klien/${ids.client1}/impor/periksa`, {
    headers: { Origin: "https://penipu.example" },
    multipart: { file: "x" },
  });
  expect(upload.status()).toBe(403);
});

test("a staff password alone reaches nothing: every page, export, action and API answer sends the session to the second step (issue 15)", async () => {
  const halfway = await newContext();
  await signInWithPasswordOnly(halfway, "staf.serang@bpjstk.test");
  for (const path of ["/dashboard", "/dashboard/peserta/ekspor?format=csv", "/masuk/lanjut", "/masuk/kata-sandi-baru"]) {
    const response = await halfway.get(path);
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toMatch(/^\/masuk\/dua-langkah(\?|$)/);
  }
  expect((await halfway.get("/masuk/dua-langkah")).status()).toBe(200);
  const action = await callAction(halfway, "decideReviewAction", "/", { caseId: "x" });
  expect(action.headers()["x-action-redirect"] ?? "").toMatch(/^\/masuk\/dua-langkah/);
  expect((await halfway.get("/api/v1/stats")).status()).toBe(401);
  // A wrong code is refused with a message and the session stays halfway.
  expect(await (await callAction(halfway, "verifyTwoFactorAction", "/masuk/dua-langkah", { code: "000000" })).text()).toMatch(
    /errors\.twoFactor\.(wrong|reused)/,
  );
  expect((await halfway.get("/dashboard")).status()).toBe(307);
  await halfway.dispose();
});

test("security headers: nonce CSP without unsafe-inline scripts, HSTS, no framing, referrer policy; session cookie HttpOnly and SameSite", async () => {
  const first = await contexts.anonymous.get("/daftar");
  const second = await contexts.anonymous.get("/daftar");
  const csp = first.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  // Next put this request's nonce on its scripts.
  const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  const session = (await contexts.staff.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
});
