"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/bpu-registration/schema";

/** The form's steps, in the order of REGISTRATION_STEPS (lib/bpu-registration/steps.ts). */
export const STEP_KEYS = ["identity", "address", "income", "review"] as const;

/** What every step gets from the form. */
export type StepProps = {
  step: number;
  /** Every step shows before hydration (the form then posts in one go); after, only the current one. */
  visible: boolean;
  errors: FieldErrors;
  error: (field: string) => string | undefined;
};

/**
 * One step's fields. The form finds a step by `data-step` and focuses its
 * legend (hence tabIndex -1) when it has no invalid field to focus.
 */
export function StepFieldset({ step, visible, children }: { step: number; visible: boolean; children: ReactNode }) {
  const t = useTranslations("register.steps");
  return (
    <fieldset data-step={step} hidden={!visible} className="space-y-4">
      <legend tabIndex={-1} className="mb-2 text-lg font-semibold">
        {t(STEP_KEYS[step])}
      </legend>
      {children}
    </fieldset>
  );
}
