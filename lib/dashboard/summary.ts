import type { DashboardData } from "./figures";

/** The dashboard's figures as rows for a file: the filters first, then each block with a heading. */
export function summaryRows(
  data: DashboardData,
  labels: { title: string; filters: [string, string][]; figures: [string, number][]; regency: string; categories: readonly string[]; total: string; month: string },
): (string | number)[][] {
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
  ];
}
