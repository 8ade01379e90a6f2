/** A password or key the admin sees once: large, selectable, with what to do with it. */
export function OneTimeSecret({ label, hint, value }: { label: string; hint: string; value: string }) {
  return (
    <div role="status" className="space-y-1 rounded-lg border border-amber-400 bg-amber-50 p-3">
      <p className="font-semibold">{label}</p>
      <code data-testid="one-time-secret" className="block font-mono text-lg break-all select-all">
        {value}
      </code>
      <p className="text-sm text-slate-700">{hint}</p>
    </div>
  );
}
