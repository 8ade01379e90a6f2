// Issue 17.7: what a first visit to a worker's page downloads, compressed, from the production build — the
// budget for /daftar is 150 KB of JavaScript. Run against a started portal (`npm start`, default port 3000):
//   npx tsx bench/page-weight.ts [--base http://localhost:3000] [--paths /,/daftar]
// Each path is loaded in a fresh browser (empty cache) at 360 px; sizes are bytes on the wire (CDP
// encodedDataLength), grouped by resource type; "script body" is what the budget counts (tests/support/page-weight.ts).
// The run fails when /daftar's is over budget; the e2e suite checks the same.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../tests/support/chromium";
import { DAFTAR_SCRIPT_BUDGET_BYTES, measurePageWeight } from "../tests/support/page-weight";

const { values } = parseArgs({
  options: { base: { type: "string", default: "http://localhost:3000" }, paths: { type: "string", default: "/,/daftar" } },
});

const browser = await chromium.launch(CHROMIUM);
const scriptBodies: Record<string, number> = {};
const rows: Record<string, Record<string, string>> = {};
try {
  for (const path of values.paths.split(",")) {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: "id-ID" });
    const { byType: bytes, scriptBody } = await measurePageWeight(await context.newPage(), new URL(path, values.base).toString());
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const kib = (n = 0) => `${(n / 1024).toFixed(1)} KiB`;
    rows[path] = {
      total: kib(total),
      script: kib(bytes.Script),
      "script body": kib(scriptBody),
      document: kib(bytes.Document),
      css: kib(bytes.Stylesheet),
      other: kib(total - (bytes.Script ?? 0) - (bytes.Document ?? 0) - (bytes.Stylesheet ?? 0)),
    };
    scriptBodies[path] = scriptBody;
    await context.close();
  }
} finally {
  await browser.close();
}
console.table(rows);
const daftar = scriptBodies["/daftar"];
if (daftar !== undefined) {
  const verdict = daftar <= DAFTAR_SCRIPT_BUDGET_BYTES ? "within" : "OVER";
  console.log(
    `/daftar script body ${daftar.toLocaleString("en")} bytes: ${verdict} the ${DAFTAR_SCRIPT_BUDGET_BYTES.toLocaleString("en")}-byte budget`,
  );
  if (verdict === "OVER") process.exitCode = 1;
}
