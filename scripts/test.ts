// `npm test`: every check CI runs, in order, with one closing line
// ("tests: N passed, N failed") that counts unit, integration and e2e tests.
// Uses TEST_DATABASE_URL's PostgreSQL when set, an embedded one otherwise.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { relative } from "node:path";

// Not test-results/: Playwright empties that folder when it starts.
const RESULTS = "reports";
const stages: { name: string; command: string[]; env?: Record<string, string>; skip?: string }[] = [
  { name: "format", command: ["npx", "prettier", "--check", "--log-level", "warn", "."] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  {
    name: "unit + integration",
    command: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${RESULTS}/vitest.json`],
  },
  { name: "build", command: ["npx", "next", "build"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  {
    name: "e2e",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/e2e.json` },
  },
  {
    // Two production instances behind nginx on one PostgreSQL: a short load test, zero errors, limits shared
    // (docs/scaling.md). Needs what only a CI machine or a server has: nginx and a PostgreSQL server.
    name: "two instances behind nginx",
    command: [
      "npx",
      "tsx",
      "scripts/two-instances.ts",
      "--quote-requests",
      "1000",
      "--registration-requests",
      "100",
      "--dashboard-requests",
      "150",
      "--payment-requests",
      "1000",
    ],
    skip:
      !process.env.TEST_DATABASE_URL || !existsSync("/usr/sbin/nginx")
        ? "needs TEST_DATABASE_URL and nginx (apt-get install nginx-light)"
        : undefined,
  },
];

function run(command: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

type Failure = { name: string; message: string };
type E2eSuite = { title: string; specs?: E2eSpec[]; suites?: E2eSuite[] };
type E2eSpec = { title: string; file: string; tests: { status: string; results: { error?: { message?: string } }[] }[] };

// The failing tests by name, for the closing lines: a CI log is often read from its end only.
function vitestFailures(report: {
  testResults?: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}): Failure[] {
  return (report.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => ({ name: `${relative(".", file.name)} › ${test.fullName}`, message: test.failureMessages[0] ?? "" })),
  );
}

function e2eFailures(suites: E2eSuite[] = []): Failure[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map((test) => ({ name: `${spec.file} › ${spec.title}`, message: test.results.at(-1)?.error?.message ?? "" })),
    ),
    ...e2eFailures(suite.suites),
  ]);
}

async function counts(): Promise<{ passed: number; failed: number; vitestRunFailed: boolean; failures: Failure[] }> {
  const read = (file: string) => readFile(`${RESULTS}/${file}`, "utf8").then(JSON.parse, () => undefined);
  const vitest = await read("vitest.json");
  const e2e = await read("e2e.json");
  return {
    failures: [...(vitest ? vitestFailures(vitest) : []), ...e2eFailures(e2e?.suites)],
    passed: (vitest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0),
    failed: (vitest?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0),
    // Vitest fails a run on an error outside any test (an unhandled rejection, a suite that would not load).
    vitestRunFailed: vitest ? !vitest.success && !vitest.numFailedTests : false,
  };
}

await rm(RESULTS, { recursive: true, force: true });
await mkdir(RESULTS, { recursive: true });
const failedStages: string[] = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  if (stage.skip) {
    console.log(`=== ${stage.name}: skipped (${stage.skip})`);
    continue;
  }
  const code = await run(stage.command, stage.env);
  console.log(`=== ${stage.name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) failedStages.push(stage.name);
}
const { passed, failed, vitestRunFailed, failures } = await counts();
for (const failure of failures) {
  // The first lines of the message, without colour codes: enough to know where to look.
  const message = failure.message
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .slice(0, 4)
    .join("\n    ");
  console.log(`\nFAILED ${failure.name}\n    ${message}`);
}
if (failedStages.length) console.log(`\nfailed stages: ${failedStages.join(", ")}`);
if (vitestRunFailed) console.log('vitest: every test passed, but the run failed (see "Unhandled Errors" above)');
// A failed lint, typecheck or build stage counts as a failure too, and so does an error outside vitest's tests.
const stageFailures = failedStages.filter((s) => s !== "unit + integration" && s !== "e2e").length + (vitestRunFailed ? 1 : 0);
console.log(`tests: ${passed} passed, ${failed + stageFailures} failed`);
process.exit(failedStages.length ? 1 : 0);
