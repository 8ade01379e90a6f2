// `npm start`: the portal on http://localhost:3000 from a fresh clone.
//   DATABASE_URL unset → embedded PostgreSQL in .data/pg (this process owns it)
//   then: migrate, seed demo data, build (unless --no-build), next start, and a
//   job worker in this process (messages to the demo inbox, nightly billing).
// Flags: --dev (next dev), --port N, --no-build, --fresh (a new, empty
// database for e2e runs: on TEST_DATABASE_URL's server, else in memory),
// --allow-demo (demo data into a database that holds other participants:
// refused without it). Real data: `npm run start:prod` (scripts/start-prod.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { createPrismaClient } from "../lib/db/prisma";
import { applyMigrations } from "../lib/db/schema-engine";
import { createServerDatabase } from "../lib/db/test-databases";
import { startWorker } from "../lib/jobs/worker";
import { configuredSenders } from "../lib/messages/channels/configured";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoSeedRefusal, seedDemo } from "../prisma/seed";
import { DEMO_TOTP_SECRET } from "../lib/demo/accounts";
import { cleanups, runMain } from "./support/run-main";

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "no-build": { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    // Put demo data into a database that already holds other participants (refused without it).
    "allow-demo": { type: "boolean", default: false },
  },
});

const log = (message: string) => console.log(`[lindung] ${message}`);

async function freshServerDatabase(serverUrl: string) {
  const database = await createServerDatabase(serverUrl, "lindung_e2e", "empty");
  cleanups.push(database.drop);
  return database.url;
}

let embeddedDatabase = false;

async function databaseUrl(): Promise<string> {
  if (flags.fresh && process.env.TEST_DATABASE_URL) return freshServerDatabase(process.env.TEST_DATABASE_URL);
  if (!flags.fresh && process.env.DATABASE_URL) return process.env.DATABASE_URL;
  embeddedDatabase = true;
  if (!flags.fresh) log("DATABASE_URL is not set: starting the embedded PostgreSQL in .data/pg");
  const embedded = await startEmbeddedPostgres(flags.fresh ? {} : { dataDir: ".data/pg", port: 54329 });
  cleanups.push(embedded.stop);
  return embedded.url;
}

/** A stable secret for the demo, kept out of git in .data/ (unless the environment gives one). */
async function demoSecret(name: "NEXTAUTH_SECRET" | "BJB_WEBHOOK_SECRET"): Promise<string> {
  if (process.env[name]) return process.env[name];
  await mkdir(".data", { recursive: true });
  const file = `.data/${name.toLowerCase()}`;
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.once("SIGINT", forward);
    process.once("SIGTERM", forward);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const url = await databaseUrl();
  const applied = await applyMigrations(url);
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
  const database = createPrismaClient(url);
  const refusal = flags["allow-demo"] ? null : await demoSeedRefusal(database);
  if (refusal) {
    await database.$disconnect();
    console.error(`[lindung] not started: ${refusal}`);
    return 1;
  }
  // The seed seals the demo authenticator key with the server's secret: set it first.
  process.env.NEXTAUTH_SECRET = await demoSecret("NEXTAUTH_SECRET");
  await seedDemo(database);
  await database.$disconnect();

  const env = {
    ...process.env,
    DATABASE_URL: url,
    ...(embeddedDatabase ? { DATABASE_POOL_MAX: "1" } : {}),
    NEXTAUTH_SECRET: await demoSecret("NEXTAUTH_SECRET"),
    // `npm start` is the demo: BJB's sandbox page is on, with a local secret.
    BJB_WEBHOOK_SECRET: await demoSecret("BJB_WEBHOOK_SECRET"),
    BJB_SANDBOX: process.env.BJB_SANDBOX ?? "true",
    // …and so is its inbox: messages go to /sandbox-pesan unless SMTP_URL or a text gateway is configured.
    DEMO_INBOX: process.env.DEMO_INBOX ?? "true",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${flags.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!flags.dev && !flags["no-build"]) {
    log("building (next build)…");
    if ((await run("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
  }
  log(`demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(13)} ${account.login}`);
  log(`  all but the worker ask for an authenticator code: add the key ${DEMO_TOTP_SECRET} to an authenticator app`);
  log(`portal: http://localhost:${flags.port}`);
  // The demo's worker runs here, beside the embedded database this process serves; production runs
  // `npm run worker` processes instead. One connection each on the embedded database (lib/db/embedded.ts).
  const worker = await startWorker({ databaseUrl: url, senders: configuredSenders(env), poolMax: embeddedDatabase ? 1 : 2 });
  cleanups.push(() => worker.stop());
  log(`job worker started; demo inbox: http://localhost:${flags.port}/sandbox-pesan`);
  return run("npx", ["next", flags.dev ? "dev" : "start", "-p", flags.port], env);
}

await runMain(main);
