// `npm run load:two-instances`: two production instances of the portal behind
// nginx on loopback, sharing one PostgreSQL (and so the abuse-limit store),
// then a bounded load test with autocannon (issue 6.7). Needs a PostgreSQL
// server (TEST_DATABASE_URL or DATABASE_URL; a fresh database is made and
// dropped) and Debian's nginx (apt-get install nginx-light). Uses the current
// build (`next build` first if there is none). Prints a Markdown report.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { createPrismaClient } from "../lib/db/prisma";
import { applyMigrations } from "../lib/db/schema-engine";
import { createServerDatabase } from "../lib/db/test-databases";
import { postgresBinaries, startPrivatePostgres } from "../tests/support/private-postgres";
import { LIMITS } from "../lib/security/limits";
import { SIGNATURE_HEADER, signNotification, TIMESTAMP_HEADER } from "../lib/payments/signature";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed";
import { requesterAddress, makePhone, registrationForm } from "../tests/support/factories";
import { serverActions } from "../tests/e2e/support/app-inventory";
import { passDemoSecondFactor } from "../tests/support/second-factor";
import { cleanups, runMain } from "./support/run-main";

const { values: flags } = parseArgs({
  options: {
    port: { type: "string", default: "3300" },
    connections: { type: "string", default: "16" },
    // Bounded in count and time: each scenario stops at whichever comes first.
    "quote-requests": { type: "string", default: "4000" },
    "registration-requests": { type: "string", default: "400" },
    "dashboard-requests": { type: "string", default: "600" },
    // BJB's host-to-host traffic, at a fixed rate (issue 12: 200 a second).
    "payment-requests": { type: "string", default: "4000" },
    "payment-rate": { type: "string", default: "200" },
    "max-seconds": { type: "string", default: "60" },
  },
});

const NGINX = "/usr/sbin/nginx";
const NGINX_DIR = path.resolve(".data/nginx");
const PORT = Number(flags.port);
const INSTANCES = [PORT + 1, PORT + 2];
const BASE = `http://127.0.0.1:${PORT}`;
const log = (message: string) => console.error(`[two-instances] ${message}`);
let stopping = false;

/** The last lines each process wrote to stderr, printed if the run fails. */
const stderrTails = new Map<string, string>();

function start(command: string, args: string[], env: NodeJS.ProcessEnv, name: string) {
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderrTails.set(name, ((stderrTails.get(name) ?? "") + chunk).slice(-4000));
    if (process.env.VERBOSE) process.stderr.write(`[${name}] ${chunk}`);
  });
  child.on("exit", (code, signal) => stopping || log(`${name} exited early (${signal ?? code})`));
  // Cleanups run last-first: the process is stopped, given half a second, then the database is dropped.
  cleanups.push(
    () => new Promise((resolve) => setTimeout(resolve, 500)),
    () => void child.kill("SIGTERM"),
  );
  return child;
}

async function waitFor(url: string, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function nginxConfig(dir: string) {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `worker_processes 1;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 2048; }
http {
  log_format upstream $upstream_addr;
  access_log ${path.join(dir, "upstreams.log")} upstream;
  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}
  upstream lindung {
    ${INSTANCES.map((p) => `server 127.0.0.1:${p};`).join(" ")}
    keepalive 64;
    # Below Node's own 5 s keep-alive: otherwise nginx may reuse a connection the
    # instance is closing, count it as a failure and take the instance out for 10 s.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${PORT};
    # The load generator stands for the Internet: trust the address it claims, as nginx
    # would trust the cloud load balancer in front of it in production.
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    client_max_body_size 12m;
    location / {
      proxy_pass http://lindung;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # Overwritten, not appended: the app trusts X-Real-IP (lib/http/source.ts).
      proxy_set_header X-Real-IP $remote_addr;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** A session cookie for `identifier`, signed in through nginx like a browser. */
async function sessionCookie(identifier: string) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies, "X-Forwarded-For": "10.255.0.1" },
    body: new URLSearchParams({ csrfToken, identifier, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = signIn.headers
    .getSetCookie()
    .find((c) => c.includes("session-token"))
    ?.split(";")[0];
  if (!session) throw new Error(`could not sign in ${identifier}`);
  // Everyone but workers: the second step, the demo authenticator's code through the step's server action.
  if (identifier.includes("@")) {
    const verify = serverActions().get("verifyTwoFactorAction")!;
    await passDemoSecondFactor(identifier, async (code) => {
      const multipart = new FormData();
      multipart.append("_1_code", code);
      multipart.append("0", '[null,"$K1"]');
      const response = await fetch(`${BASE}/masuk/dua-langkah`, {
        method: "POST",
        redirect: "manual",
        headers: { "Next-Action": verify, Accept: "text/x-component", Origin: BASE, Cookie: session, "X-Forwarded-For": "10.255.0.1" },
        body: multipart,
      });
      const body = await response.text();
      if (body.includes("errors.twoFactor.wrong")) throw new Error(`second factor refused for ${identifier}`);
      return !body.includes("errors.twoFactor.reused");
    });
  }
  return session;
}

type Scenario = {
  name: string;
  route: string;
  count: number;
  ok: number;
  /** The first answer not accepted (status and the start of its body): what to look at when a run fails. */
  firstRefused?: string;
  result: autocannon.Result;
  p95: number;
};

async function load(
  name: string,
  route: string,
  amount: number,
  request: autocannon.Request,
  accept: (status: number, body: string) => boolean,
  /** Requests a second across all connections; as fast as they go when absent. */
  rate?: number,
): Promise<Scenario> {
  const latencies = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000, numberOfSignificantValueDigits: 3 });
  let ok = 0;
  let firstRefused: string | undefined;
  const onResponse = (status: number, body: string) => {
    if (accept(status, body)) ok++;
    else firstRefused ??= `${status} ${body.slice(0, 500)}`;
  };
  const result = await autocannon({
    url: BASE,
    connections: Number(flags.connections),
    amount,
    ...(rate ? { overallRate: rate } : {}),
    duration: Number(flags["max-seconds"]),
    requests: [{ ...request, onResponse }],
    histograms: { latencies },
  } as autocannon.Options);
  return { name, route, count: result.requests.total, ok, firstRefused, result, p95: latencies.getValueAtPercentile(95) };
}

/**
 * A primary and its hot standby, each a server of this run's own. The standby is cloned once the primary exists, so
 * everything after (migrations, the demo, the load) reaches it by streaming replication only.
 */
async function replicaPair() {
  const primaryServer = await startPrivatePostgres({ maxConnections: 120 });
  cleanups.push(() => primaryServer.stop());
  const standby = await startPrivatePostgres({ standbyOf: primaryServer.url, maxConnections: 120 });
  cleanups.push(() => standby.stop());
  log("primary and hot standby (pg_basebackup, streaming) started");
  return { primary: { url: primaryServer.url, drop: async () => {} }, standbyUrl: standby.url };
}

/** The dashboard's total as a page shows it ("1.234" → 1234), and its line about the replica, if any. */
async function dashboardTotal(cookie: string): Promise<{ total: number; replicaLine?: string }> {
  const html = await (await fetch(`${BASE}/dashboard`, { headers: { Cookie: cookie } })).text();
  const total = html.match(/data-testid="card-total"[^]*?<dd[^>]*>(?:<a[^>]*>)?([^<]+)</)?.[1];
  if (!total) throw new Error("the dashboard shows no total");
  const replicaLine = html.match(/data-testid="replica-lag"[^>]*>([^<]+)</)?.[1];
  return { total: Number(total.replace(/\D/g, "")), replicaLine };
}

async function main() {
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) throw new Error("set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server: two instances cannot share the embedded one");
  if (!existsSync(NGINX)) throw new Error("nginx is missing: apt-get install nginx-light");
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");

  // Where PostgreSQL's own programs are installed, the instances write to a primary of this run's own and read their
  // dashboards from a real hot standby of it (pg_basebackup, streaming: issue 17.8); else they share `server`.
  const pair = postgresBinaries() ? await replicaPair() : null;
  const database = pair ? pair.primary : await createServerDatabase(server, "lindung_load", "empty");
  cleanups.push(database.drop);
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  // The seed seals the demo authenticator key with the instances' secret.
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  await seedDemo(db);
  await db.$disconnect();
  log(`database ready; starting instances on ${INSTANCES.join(", ")}`);

  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: database.url,
    ...(pair ? { DATABASE_REPLICA_URL: pair.standbyUrl } : {}),
    DATABASE_POOL_MAX: "10",
    NEXTAUTH_URL: BASE,
    BJB_WEBHOOK_SECRET: randomBytes(32).toString("base64url"),
    BJB_SANDBOX: "false",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const port of INSTANCES)
    start(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], env, `app:${port}`);
  const dir = NGINX_DIR;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "nginx.conf"), await nginxConfig(dir));
  start(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir], env, "nginx");
  // Cleanups run last-first: this one before the processes are stopped, so that is not reported as a crash.
  cleanups.push(() => void (stopping = true));
  await Promise.all(INSTANCES.map((p) => waitFor(`http://127.0.0.1:${p}/api/v1/openapi.json`)));
  await waitFor(`${BASE}/api/v1/openapi.json`);
  log("nginx and both instances answer");

  const scenarios: Scenario[] = [];
  let serial = 0;

  scenarios.push(
    await load(
      "Quote API",
      "GET /api/v1/contributions/quote",
      Number(flags["quote-requests"]),
      {
        method: "GET",
        path: "/api/v1/contributions/quote?category=BPU&income=2500000&months=3",
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, "X-Forwarded-For": requesterAddress(++serial) } }),
      },
      (status) => status === 200,
    ),
  );

  const register = serverActions().get("registerAction")!;
  scenarios.push(
    await load(
      "Registration (server action)",
      "POST /daftar (registerAction)",
      Number(flags["registration-requests"]),
      {
        method: "POST",
        path: "/daftar",
        setupRequest: (req) => {
          const boundary = `----lindung${randomBytes(8).toString("hex")}`;
          const fields = { ...registrationForm({ phone: makePhone() }) } as Record<string, string>;
          const parts = [...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v]), ["0", '[null,"$K1"]']];
          const body =
            parts.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") +
            `--${boundary}--\r\n`;
          return {
            ...req,
            body,
            headers: {
              ...req.headers,
              "Content-Type": `multipart/form-data; boundary=${boundary}`,
              "Next-Action": register,
              Accept: "text/x-component",
              Origin: BASE,
              "X-Forwarded-For": requesterAddress(++serial),
            },
          };
        },
      },
      (status, body) => status === 200 && body.includes('"ok":true'),
    ),
  );

  const admin = await sessionCookie("admin@lindung.test");
  scenarios.push(
    await load(
      "Dashboard (admin, all of Banten)",
      "GET /dashboard",
      Number(flags["dashboard-requests"]),
      {
        method: "GET",
        path: "/dashboard",
        headers: { Cookie: admin },
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, "X-Forwarded-For": requesterAddress(++serial) } }),
      },
      (status, body) => status === 200 && body.includes("Total peserta"),
    ),
  );

  // Bank BJB at 200 a second: inquiries, then signed notifications into the demo's bills (partial payments and
  // overpayments alike), every fifth one a repeat of an earlier one, which must credit nothing again.
  const billing = createPrismaClient(database.url);
  const accounts = (await billing.bill.findMany({ select: { virtualAccount: true }, orderBy: { virtualAccount: "asc" } })).map(
    (b) => b.virtualAccount,
  );
  const signedRequest = (path: string, body: string): autocannon.Request => {
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      method: "POST",
      path,
      body,
      headers: {
        "Content-Type": "application/json",
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signNotification(env.BJB_WEBHOOK_SECRET, body, timestamp),
        "X-Forwarded-For": "10.200.0.1",
      },
    };
  };
  const paymentRequests = Number(flags["payment-requests"]);
  const rate = Number(flags["payment-rate"]);
  let inquiry = 0;
  scenarios.push(
    await load(
      "Payment inquiries (BJB, signed)",
      "POST /api/v1/payments/inquiries",
      paymentRequests,
      {
        method: "POST",
        path: "/api/v1/payments/inquiries",
        setupRequest: (req) => ({
          ...req,
          ...signedRequest("/api/v1/payments/inquiries", JSON.stringify({ virtualAccount: accounts[inquiry++ % accounts.length] })),
        }),
      },
      (status) => status === 200 || status === 409,
      rate,
    ),
  );
  const sent: { bankReference: string; amount: number }[] = [];
  const runId = randomBytes(4).toString("hex");
  scenarios.push(
    await load(
      "Payment notifications (BJB, signed; 1 in 5 a repeat)",
      "POST /api/v1/payments/notifications",
      paymentRequests,
      {
        method: "POST",
        path: "/api/v1/payments/notifications",
        setupRequest: (req) => {
          const repeat = sent.length > 0 && sent.length % 5 === 4;
          const payment = repeat
            ? sent[Math.floor(sent.length / 2)]!
            : { bankReference: `LOAD-${runId}-${sent.length}`, amount: 5_000 + (sent.length % 7) * 1_000 };
          const index = Number(payment.bankReference.split("-").at(-1));
          sent.push(payment);
          const body = JSON.stringify({
            virtualAccount: accounts[index % accounts.length],
            amount: payment.amount,
            currency: "IDR",
            paidAt: "2026-12-15T10:00:00+07:00",
            bankReference: payment.bankReference,
          });
          return { ...req, ...signedRequest("/api/v1/payments/notifications", body) };
        },
      },
      (status) => status === 200,
      rate,
    ),
  );
  // Zero double credits: each reference is one payment of the amount sent, and every rupiah of it is booked once.
  const distinct = new Map(sent.map((p) => [p.bankReference, p.amount]));
  const payments = await billing.payment.findMany({
    where: { bankReference: { startsWith: `LOAD-${runId}-` } },
    select: { id: true, bankReference: true, amount: true },
  });
  const booked = await billing.ledgerEntry.aggregate({
    where: { paymentId: { in: payments.map((p) => p.id) }, kind: { in: ["PAYMENT", "OVERPAYMENT_CREDIT"] } },
    _sum: { credit: true },
  });
  // The dashboards were read from the standby: once it has replayed the load's writes, it shows what the primary holds.
  const primaryParticipants = await billing.participant.count({ where: { status: { not: "REJECTED" } } });
  await billing.$disconnect();
  let replicaSeen: Awaited<ReturnType<typeof dashboardTotal>> | null = null;
  if (pair) {
    for (let i = 0; i < 100 && replicaSeen?.total !== primaryParticipants; i++) {
      if (replicaSeen) await new Promise((resolve) => setTimeout(resolve, 200));
      replicaSeen = await dashboardTotal(admin);
    }
  }
  const replicaHeld = !pair || (replicaSeen?.total === primaryParticipants && Boolean(replicaSeen.replicaLine));
  const expectedTotal = [...distinct.values()].reduce((sum, amount) => sum + amount, 0);
  const doubleCredits =
    payments.length -
    distinct.size +
    Math.abs(Number(booked._sum.credit ?? 0n) - expectedTotal) +
    payments.filter((p) => Number(p.amount) !== distinct.get(p.bankReference)).length;

  // The limits are shared. Which instance nginx picks is its own business, so these
  // checks take turns between the two instances directly, saying who the client is
  // the way nginx does (X-Real-IP): every other request lands on the other one.
  const instance = (i: number) => `http://127.0.0.1:${INSTANCES[i % INSTANCES.length]}`;
  const dead: number[] = [];
  for (let i = 0; i < INSTANCES.length; i++)
    if (
      !(await fetch(`${instance(i)}/api/v1/openapi.json`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      dead.push(INSTANCES[i]);
  if (dead.length) log(`after the load, ${dead.join(" and ")} no longer answer`);

  // One address spends the quote limit across both instances.
  const oneAddress = "203.0.113.77";
  const statuses: number[] = [];
  const upstreams = new Set<string>();
  for (let i = 0; i < LIMITS.quote.points + 30; i++) {
    const response = await fetch(`${instance(i)}/api/v1/contributions/quote?category=BPU&income=1000000`, {
      headers: { "X-Real-IP": oneAddress },
    });
    statuses.push(response.status);
    if (response.status === 200 || response.status === 429) upstreams.add(instance(i).slice("http://".length));
  }
  const quoteOk = statuses.filter((s) => s === 200).length;
  const quoteLimited = statuses.filter((s) => s === 429).length;

  // And an account locks after five failures, wherever the attempts land.
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const lockout: string[] = [];
  for (let i = 0; i < LIMITS.loginAccount.points + 2; i++) {
    const response = await fetch(`${instance(i)}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, "X-Real-IP": `198.51.100.${i + 1}` },
      body: new URLSearchParams({ csrfToken, identifier: "petugas.serang@bjb.test", password: "salah", json: "true" }),
    });
    const url = new URL(((await response.json()) as { url: string }).url);
    lockout.push(`${url.searchParams.get("error") ?? "?"}@${instance(i).slice("http://".length)}`);
  }

  // How nginx spread the load (a retried request lists both addresses).
  const spread = new Map<string, number>();
  for (const line of (await readFile(path.join(NGINX_DIR, "upstreams.log"), "utf8")).split("\n").filter(Boolean)) {
    for (const address of line.split(", ")) spread.set(address, (spread.get(address) ?? 0) + 1);
  }
  const unused = INSTANCES.filter((p) => !spread.get(`127.0.0.1:${p}`));

  const rows = scenarios.map((s) => {
    const r = s.result;
    const errors = r.errors + r.timeouts + r.non2xx + (s.count - s.ok);
    return `| ${s.route} | ${s.count} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${s.p95} | ${r.latency.p99} | ${errors} |`;
  });
  const report = [
    `### Two instances behind nginx (${new Date().toISOString().slice(0, 10)}, ${flags.connections} connections, 2 cores shared by nginx, both instances, PostgreSQL and the load generator)`,
    "",
    "| route | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `Abuse limit across instances: ${statuses.length} quotes from one address → ${quoteOk} × 200, ${quoteLimited} × 429 (limit ${LIMITS.quote.points}/min), served by ${[...upstreams].sort().join(" and ")}.`,
    `Login lockout across instances: ${lockout.join(", ")}.`,
    `BJB payments: ${sent.length} notifications sent (${distinct.size} distinct, the rest repeats) into ${accounts.length} bills at ${rate}/s → ${payments.length} payments recorded, double credits: ${doubleCredits}.`,
    pair
      ? `Read replica: both instances wrote to a primary and read dashboards from its hot standby (pg_basebackup, streaming); after the load the dashboard read ${replicaSeen?.total} participants from the standby, the primary holds ${primaryParticipants}; the page said "${replicaSeen?.replicaLine ?? "nothing about a replica"}".`
      : "Read replica: not tried (no PostgreSQL programs under /usr/lib/postgresql to start one).",
    `nginx spread the load: ${[...spread]
      .sort()
      .map(([address, n]) => `${n} to ${address}`)
      .join(", ")}.`,
  ].join("\n");
  console.log(report);
  const [allowed, refused] = [lockout.slice(0, LIMITS.loginAccount.points), lockout.slice(LIMITS.loginAccount.points)];
  const lockoutHeld =
    allowed.every((l) => l.startsWith("CredentialsSignin@")) &&
    refused.every((l) => l.startsWith("errors.auth.locked")) &&
    new Set(lockout.map((l) => l.split("@")[1])).size > 1;
  const failed =
    scenarios.some((s) => s.result.errors + s.result.timeouts + s.result.non2xx > 0 || s.ok !== s.count) ||
    quoteOk !== LIMITS.quote.points ||
    upstreams.size < 2 ||
    !lockoutHeld ||
    dead.length > 0 ||
    unused.length > 0 ||
    doubleCredits !== 0 ||
    !replicaHeld;
  if (failed) {
    for (const s of scenarios) if (s.firstRefused) log(`${s.route}: ${s.count - s.ok} not accepted, the first: ${s.firstRefused}`);
    const nginxErrors = await readFile(path.join(NGINX_DIR, "error.log"), "utf8").catch(() => "");
    for (const [name, tail] of [...stderrTails, ["nginx error.log", nginxErrors] as const])
      if (tail.trim()) log(`${name}:\n${tail.trim()}`);
  }
  return failed ? 1 : 0;
}

await runMain(main);
