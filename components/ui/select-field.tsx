import { Field } from "./field";

export type SelectOption = { value: string; label: string };

/** A labelled select of a form, with its hint and error; `emptyLabel` adds a first choice that sends nothing. */
export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  emptyLabel,
  defaultValue,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  emptyLabel?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(p) => (
        // Keyed by the value to show: a form sent back with errors is reset by React, and a select would go back to
        // the choice it was first rendered with instead of the one sent.
        <select
          {...p}
          key={defaultValue ?? ""}
          name={name}
          defaultValue={defaultValue ?? ""}
          onChange={onChange && ((e) => onChange(e.target.value))}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
