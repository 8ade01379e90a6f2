"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/password";
import type { Region } from "@/lib/domain/regions";
import { ReviewSummary } from "./review-summary";
import { StepFieldset, type StepProps } from "./step-fieldset";

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
      {active && <ReviewSummary values={values} regencies={regencies} districts={districts} onEdit={onEdit} />}
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
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" maxLength={128} />}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} error={error("passwordConfirm")}>
        {(p) => <input {...p} name="passwordConfirm" type="password" autoComplete="new-password" maxLength={128} />}
      </Field>
    </StepFieldset>
  );
}
