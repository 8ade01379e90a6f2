import type { ReactNode } from "react";

export type FigureColumn = { label: string; numeric?: boolean };
export type FigureRow = { key: string; head: ReactNode; cells: ReactNode[] };

/**
 * A table of figures: a row header, then cells; numeric columns right-aligned
 * in tabular digits. Scrolls sideways on a phone and can be reached by keyboard.
 * `bars` (one value per row) draws a bar after each row for a quick read, hidden
 * from screen readers, which have the numbers: the table is the chart's text form.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  testId,
  captionVisible = false,
  bars,
}: {
  caption: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  testId?: string;
  captionVisible?: boolean;
  bars?: number[];
}) {
  const longest = Math.max(1, ...(bars ?? []).map(Math.abs));
  const align = (column?: FigureColumn) => (column?.numeric ? "px-1 text-right tabular-nums" : "px-1");
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full text-sm whitespace-nowrap" data-testid={testId}>
        <caption className={captionVisible ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            {columns.map((column, i) => (
              <th key={column.label} scope="col" className={i === 0 ? "" : align(column)}>
                {column.label}
              </th>
            ))}
            {bars && <th scope="col" className="w-1/3" aria-hidden />}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key} className="border-t border-slate-100">
              <th scope="row" className="text-left font-normal">
                {row.head}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className={align(columns[i + 1])}>
                  {cell}
                </td>
              ))}
              {bars && (
                <td aria-hidden>
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${(Math.abs(bars[r] ?? 0) / longest) * 100}%` }} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
