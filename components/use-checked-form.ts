"use client";
import { useState } from "react";
import type { z } from "zod";
import { failureOf, type ActionState } from "@/lib/actions/result";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";

/**
 * A form checked in the browser with the schema its server action uses, before
 * it is sent: the errors shown are the browser's while it has found some, else
 * the server's answer (a NIK taken meanwhile, a limit, our own failure).
 */
export function useCheckedForm(state: ActionState<unknown>, schema: z.ZodType) {
  const [found, setFound] = useState<{ fieldErrors: FieldErrors; formError?: string } | null>(null);
  const failure = failureOf(state);
  const fieldErrors = found?.fieldErrors ?? failure?.fieldErrors ?? {};
  const formError = found ? found.formError : failure?.formError;

  /** Whether `data` may be sent; if not, its errors are shown. */
  function check(data: FormData): boolean {
    const parsed = schema.safeParse(Object.fromEntries(data));
    if (parsed.success) {
      setFound(null);
      return true;
    }
    const { form, ...fields } = fieldErrorsOf(parsed.error, "form");
    setFound({ fieldErrors: fields, formError: form });
    return false;
  }

  return { fieldErrors, formError, hasErrors: Boolean(formError) || Object.keys(fieldErrors).length > 0, check };
}
