"use client";
import { useActionState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { failureOf, type ActionResult, type ActionState } from "@/lib/actions/result";

/**
 * An officer's act on one record behind a disclosure, so it is deliberate:
 * the record's id in hidden fields, the fields given by `children` (with each
 * field's error and what was typed), the form's message, and what was done.
 */
export function DisclosureForm<Data>({
  summary,
  action: serverAction,
  hidden,
  hint,
  submit,
  saved,
  testId,
  children,
}: {
  summary: string;
  action: (previous: ActionState<Data>, formData: FormData) => Promise<ActionResult<Data>>;
  hidden: Record<string, string>;
  hint?: string;
  submit: string;
  saved: (data: Data) => string;
  testId: string;
  children: (error: (field: string) => string | undefined, typed: Record<string, string>) => ReactNode;
}) {
  const message = useMessage();
  const [state, action, pending] = useActionState(serverAction, null);
  const failure = failureOf(state);
  return (
    <details className="w-full text-sm" data-testid={testId}>
      <summary className="cursor-pointer font-medium text-brand-700 underline">{summary}</summary>
      <form action={action} className="mt-2 space-y-3" noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children((field) => message(failure?.fieldErrors[field]), failure?.values ?? {})}
        {hint && <p className="text-slate-600">{hint}</p>}
        {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
        <SaveRow saved={state?.ok === true} savedText={state?.ok ? saved(state.data) : ""} pending={pending} variant="secondary">
          {submit}
        </SaveRow>
      </form>
    </details>
  );
}
