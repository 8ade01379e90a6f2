import { FigureTable } from "@/components/ui/figure-table";

/**
 * Month-by-month changes as a table (the accessible form of a chart), with a
 * bar per row drawn in CSS for a quick read.
 */
export function TrendTable({
  caption,
  columns,
  rows,
  columnLabel,
  monthLabel,
}: {
  caption: string;
  columns: readonly string[];
  rows: { month: string; values: Record<string, number> }[];
  columnLabel: (column: string) => string;
  monthLabel: string;
}) {
  return (
    <FigureTable
      caption={caption}
      captionVisible
      columns={[{ label: monthLabel }, ...columns.map((c) => ({ label: columnLabel(c), numeric: true }))]}
      rows={rows.map((r) => ({ key: r.month, head: r.month, cells: columns.map((c) => (r.values[c] ?? 0).toLocaleString("id-ID")) }))}
      bars={rows.map((r) => columns.reduce((sum, c) => sum + (r.values[c] ?? 0), 0))}
    />
  );
}
