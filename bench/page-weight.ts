// Issue 17.7: what a first visit to a worker's page downloads, compressed, from the production build — the
// budget for /daftar is 150 KB of JavaScript. Run against a started portal (`npm start`, default port 3000):
//   npx tsx bench/page-weight.ts [--base http://localhost:3000] [--paths /,/daftar]
// Each path is loaded in a fresh browser (empty cache) at 360 px; sizes are bytes on the wire (CDP
// encodedDataLength), grouped by resource type.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../tests/support/chromium";

const { values } = parseArgs({
  options: { base: { type: "string", default: "http://localhost:3000" }, paths: { type: "string", default: "/,/daftar" } },
});

const browser = await chromium.launch(CHROMIUM);
const rows: Record<string, Record<string, string>> = {};
try {
  for (const path of values.paths.split(",")) {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: "id-ID" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const typeOf = new Map<string, string>();
    const bytes: Record<string, number> = {};
    cdp.on("Network.responseReceived", (e) => typeOf.set(e.requestId, e.type));
    cdp.on("Network.loadingFinished", (e) => {
      const type = typeOf.get(e.requestId) ?? "Other";
      bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
    });
    await page.goto(new URL(path, values.base).toString(), { waitUntil: "networkidle" });
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const kib = (n = 0) => `${(n / 1024).toFixed(1)} KiB`;
    rows[path] = {
      total: kib(total),
      script: kib(bytes.Script),
      document: kib(bytes.Document),
      css: kib(bytes.Stylesheet),
      other: kib(total - (bytes.Script ?? 0) - (bytes.Document ?? 0) - (bytes.Stylesheet ?? 0)),
    };
    await context.close();
  }
} finally {
  await browser.close();
}
console.table(rows);
