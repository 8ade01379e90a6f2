/** Label–value rows (a record, a receipt), readable on a 360-px phone. */
export function DetailList({ rows, className = "" }: { rows: [label: string, value: string][]; className?: string }) {
  return (
    <dl className={`divide-y divide-slate-100 text-sm ${className}`}>
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-[9rem_1fr] gap-2 py-2">
          <dt className="text-slate-600">{label}</dt>
          {/* "anywhere": a long e-mail or number breaks instead of widening the page on a phone. */}
          <dd className="min-w-0 [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
