// Issue 17.7: Lighthouse's mobile performance score for the worker's pages (budget: ≥ 90 for / and /daftar), against
// a started production portal (`npm start`, default port 3000), in Debian's Chromium:
//   npx tsx bench/lighthouse.ts [--base http://localhost:3000] [--paths /,/daftar] [--runs 3] [--save DIR]
// --save writes each run's full report (JSON) to DIR: the LCP element, the long tasks and what they ran.
// Lighthouse's default mobile profile: a Moto G Power-sized screen, simulated slow 4G and a 4× slower CPU. Each
// path is run `runs` times in a fresh Chromium and the median score is kept (Lighthouse's own advice: scores vary).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM } from "../tests/support/chromium";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    paths: { type: "string", default: "/,/daftar" },
    runs: { type: "string", default: "3" },
    save: { type: "string" },
  },
});

const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
} as const;

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: Record<string, Record<string, string | number>> = {};
for (const path of values.paths.split(",")) {
  const runs: { score: number; metrics: Record<string, string> }[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM.executablePath, chromeFlags: ["--headless=new", ...CHROMIUM.args] });
    try {
      const result = await lighthouse(`${values.base}${path}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
      const lhr = result!.lhr;
      if (values.save) {
        await mkdir(values.save, { recursive: true });
        await writeFile(join(values.save, `${path.replace(/\W+/g, "_") || "_"}-${i + 1}.json`), JSON.stringify(lhr));
      }
      runs.push({
        score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
        metrics: Object.fromEntries(Object.entries(METRICS).map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? "?"])),
      });
    } finally {
      chrome.kill();
    }
  }
  const mid = runs.find((r) => r.score === median(runs.map((x) => x.score)))!;
  rows[path] = { score: mid.score, scores: runs.map((r) => r.score).join(" "), ...mid.metrics };
}
console.table(rows);
