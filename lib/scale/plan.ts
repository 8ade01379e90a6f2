// Which row numbers become what: consecutive ranges per kind and regency, so
// each statement can join a small plan table instead of computing the split.
import { DEMO_BRANCHES } from "../demo/branches";
import { regencySplit, type ScaleTargets } from "./targets";

/** The demo branches plus one for each regency they leave out, one per regency, in regency order. */
export const SCALE_BRANCHES = [
  ...DEMO_BRANCHES,
  { code: "BJB-TGK", name: "Bank BJB KC Tigaraksa", regencyCode: "3603" },
  { code: "BJB-CRS", name: "Bank BJB KCP Ciruas", regencyCode: "3604" },
].sort((a, b) => a.regencyCode.localeCompare(b.regencyCode));

/** Jakon workers per construction project (on average; the last project of a regency takes the rest). */
export const WORKERS_PER_PROJECT = 60;

export type Range = { kind: string; regency: string; lo: number; hi: number; subLo: number; subCount: number; nikBase: number };

/** Consecutive row-number ranges per kind and regency; PU and Jakon ranges point at their regency's companies and projects. */
export function planRanges(targets: ScaleTargets) {
  const split = regencySplit(targets);
  const regencies = SCALE_BRANCHES.map((b) => b.regencyCode);
  const ranges: Range[] = [];
  const add = (
    kind: string,
    counts: Record<string, number>,
    first: number,
    sub?: (regency: string) => { lo: number; count: number },
    nikBase?: (regency: string) => number,
  ) => {
    let next = first;
    for (const regency of regencies) {
      const count = counts[regency] ?? 0;
      if (count === 0) continue;
      const s = sub?.(regency) ?? { lo: 0, count: 0 };
      ranges.push({ kind, regency, lo: next, hi: next + count - 1, subLo: s.lo, subCount: s.count, nikBase: nikBase?.(regency) ?? 0 });
      next += count;
    }
    return next - first;
  };
  const companies = targets.activeCompanies;
  add("COMPANY", split.companies, 1);
  const projectCounts = Object.fromEntries(regencies.map((r) => [r, Math.ceil((split.JAKON[r] ?? 0) / WORKERS_PER_PROJECT)]));
  const projects = add("PROJECT", projectCounts, 1);
  const rangeOf = (kind: string, regency: string, all: number) => {
    const range = ranges.find((r) => r.kind === kind && r.regency === regency);
    return range ? { lo: range.lo, count: range.hi - range.lo + 1 } : { lo: 1, count: all };
  };
  add(
    "PU",
    split.PU,
    1,
    (r) => rangeOf("COMPANY", r, companies),
    () => 0,
  );
  add("BPU", split.BPU, targets.PU + 1, undefined, (r) => split.PU[r] ?? 0);
  add(
    "JAKON",
    split.JAKON,
    targets.PU + targets.BPU + 1,
    (r) => rangeOf("PROJECT", r, projects),
    (r) => (split.PU[r] ?? 0) + (split.BPU[r] ?? 0),
  );
  return { ranges, companies, projects, split };
}
