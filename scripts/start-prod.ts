// `npm run start:prod`: the portal for real people (README, "Deploying").
//   checks the production settings (lib/deploy/production.ts) and refuses to start without them,
//   applies pending migrations to DATABASE_URL, then serves the build (`npm run build` first).
// No demo data, no BJB sandbox, no demo inbox, no job worker in this process: run `npm run worker` beside it.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { productionProblems } from "../lib/deploy/production";
import { applyMigrations } from "../lib/db/schema-engine";
import { runMain } from "./support/run-main";

const { values: flags } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const log = (message: string) => console.log(`[lindung] ${message}`);

async function main() {
  const problems = productionProblems(process.env);
  if (problems.length) {
    for (const problem of problems) console.error(`[lindung] ${problem}`);
    console.error("[lindung] not started. `npm start` is the demo; see README, Deploying.");
    return 1;
  }
  const applied = await applyMigrations(process.env.DATABASE_URL!);
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  return new Promise<number>((resolve) => {
    const child = spawn("npx", ["next", "start", "-p", flags.port], { stdio: "inherit", env });
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => child.kill(signal));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

await runMain(main);
