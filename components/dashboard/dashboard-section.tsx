import type { ReactNode } from "react";

/** A titled card of the dashboard; `empty` shows its "no data" line instead of the content. */
export function DashboardSection({ id, title, empty, children }: { id: string; title: string; empty?: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {empty ? <p className="text-sm text-slate-600">{empty}</p> : children}
    </section>
  );
}
