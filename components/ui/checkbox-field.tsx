/** A yes/no choice with the sentence that explains it, read out with the box (aria-describedby). */
export function CheckboxField({ name, label, hint, id = name }: { name: string; label: string; hint: string; id?: string }) {
  return (
    <label className="flex items-start gap-3">
      <input type="checkbox" name={name} value="true" className="mt-1 size-5" aria-describedby={`${id}-hint`} />
      <span>
        <span className="font-medium">{label}</span>
        <span id={`${id}-hint`} className="block text-sm text-slate-600">
          {hint}
        </span>
      </span>
    </label>
  );
}
