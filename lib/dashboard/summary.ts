import type { DashboardData } from "./figures";
import { performanceValues } from "./performance";

/** The dashboard's figures as rows for a file: the filters first, then each block with a heading. */
export function summaryRows(
  data: DashboardData,
  labels: {
    title: string;
    filters: [string, string][];
    figures: [string, number][];
    regency: string;
    categories: readonly string[];
    total: string;
    month: string;
    /** The BJB view's per-officer block (its header row, the name shown for the branch's API key), then per branch. */
    officers?: { heading: string[]; unknown: string; branch: string };
  },
): (string | number)[][] {
  const officers = labels.officers
    ? [
        [],
        labels.officers.heading,
        ...data.officers.map((o) => [o.name ?? labels.officers!.unknown, o.branchName, ...performanceValues(o)]),
        [],
        [labels.officers.branch, ...labels.officers.heading.slice(2)],
        ...data.branchPerformance.map((b) => [b.branchName, ...performanceValues(b)]),
      ]
    : [];
  return [
    [labels.title],
    ...labels.filters,
    [],
    ...labels.figures,
    [],
    [labels.regency, ...labels.categories, labels.total],
    ...data.byRegency.map((r) => [r.name, ...labels.categories.map((c) => r[c as "PU"]), r.total]),
    [],
    [labels.month, ...labels.categories],
    ...data.trendByCategory.map((m) => [m.month, ...labels.categories.map((c) => m.values[c] ?? 0)]),
    ...officers,
  ];
}
