/** The control class of the GET filter forms (dashboards, clients, audit log). */
export const FILTER_CONTROL = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";

/** One filter of a GET form: a labelled select whose first choice ("all") sends nothing. */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
  disabled,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
}) {
  return (
    <label>
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} disabled={disabled} className={FILTER_CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
