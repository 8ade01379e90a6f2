import type { InputHTMLAttributes } from "react";
import { Field } from "./field";

/** A labelled text input whose id and name are the field's name. */
export function TextField({
  name,
  label,
  error,
  ...input
}: { name: string; label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={name} label={label} error={error}>
      {(p) => <input {...p} name={name} {...input} />}
    </Field>
  );
}
