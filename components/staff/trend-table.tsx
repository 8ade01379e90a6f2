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
  const totals = rows.map((r) => columns.reduce((sum, c) => sum + (r.values[c] ?? 0), 0));
  const max = Math.max(1, ...totals.map(Math.abs));
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full text-sm whitespace-nowrap">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col">{monthLabel}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-2 text-right">
                {columnLabel(c)}
              </th>
            ))}
            <th scope="col" className="w-1/3" aria-hidden />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.month} className="border-t border-slate-100">
              <th scope="row" className="text-left font-normal">{r.month}</th>
              {columns.map((c) => (
                <td key={c} className="px-2 text-right tabular-nums">
                  {(r.values[c] ?? 0).toLocaleString("id-ID")}
                </td>
              ))}
              <td aria-hidden>
                <div className="h-2 rounded bg-brand-600" style={{ width: `${(Math.abs(totals[i]) / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
