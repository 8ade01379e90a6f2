"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { FieldErrors } from "@/lib/bpu-registration/schema";

/**
 * Moves focus to the current step's first invalid field, or to its legend,
 * whenever the step or the errors change: a screen reader then says where the
 * worker is. Only after the worker acted (next, back, errors), not on first load.
 */
export function useStepFocus(formRef: RefObject<HTMLFormElement | null>, step: number, errors: FieldErrors, hydrated: boolean) {
  const acted = useRef(false);
  useEffect(() => {
    if (!hydrated) return;
    if (!acted.current) {
      acted.current = true;
      return;
    }
    const firstInvalid = formRef.current?.querySelector<HTMLElement>(
      `fieldset[data-step="${step}"] :is([aria-invalid="true"], [data-invalid="true"])`,
    );
    (firstInvalid ?? formRef.current?.querySelector<HTMLElement>(`fieldset[data-step="${step}"] legend`))?.focus();
  }, [formRef, step, errors, hydrated]);
}
