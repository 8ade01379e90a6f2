"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white"
    >
      {label}
    </button>
  );
}
