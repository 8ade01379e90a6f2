import type { ReactNode } from "react";

/** A part of a page with its heading (the section's name) and a line saying what it is for. */
export function TitledSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro && <p className="text-sm text-slate-700">{intro}</p>}
      {children}
    </section>
  );
}
