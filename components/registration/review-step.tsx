"use client";
import { lazy, Suspense } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import type { Region } from "@/lib/domain/regions";
import { StepFieldset, type StepProps } from "./step-fieldset";

// Shown only after hydration, on this step: the summary (with every Indonesian regency, to name where a NIK was
// first registered) is fetched when the step opens, not with the page (issue 17.7).
// React.lazy, not next/dynamic: never rendered on the server, so next/dynamic's preloading would only add script.
const ReviewSummary = lazy(() => import("./review-summary").then((m) => ({ default: m.ReviewSummary })));

/** The last step: what was typed, consent, and the password for the new account. */
export function ReviewStep({
  step,
  visible,
  errors,
  error,
  active,
  values,
  regencies,
  districts,
  onEdit,
}: StepProps & {
  /** On screen in the step-by-step form: only then is there a summary to show. */
  active: boolean;
  values: Record<string, string>;
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
  onEdit: (step: number) => void;
}) {
  const t = useTranslations("register.fields");
  return (
    <StepFieldset step={step} visible={visible}>
      {active && (
        <Suspense fallback={null}>
          <ReviewSummary values={values} regencies={regencies} districts={districts} onEdit={onEdit} />
        </Suspense>
      )}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="consent"
          className="mt-1 size-5 shrink-0"
          aria-invalid={Boolean(errors.consent)}
          aria-describedby={errors.consent ? "consent-error" : undefined}
        />
        <span className="text-sm">{t("consent")}</span>
      </label>
      {errors.consent && (
        <p id="consent-error" className="text-sm font-medium text-red-700">
          {error("consent")}
        </p>
      )}
      <Field id="password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })} error={error("password")}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} error={error("passwordConfirm")}>
        {(p) => <input {...p} name="passwordConfirm" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
      </Field>
    </StepFieldset>
  );
}
