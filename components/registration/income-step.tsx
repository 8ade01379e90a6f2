"use client";
import { lazy, Suspense } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { MonthsSelect } from "./months-select";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { StepFieldset, type StepProps } from "./step-fieldset";

// Shown only after hydration, on this step: the live quote (the contribution rules, the holiday calendar) is
// fetched when the step opens, not with the page (issue 17.7).
// React.lazy, not next/dynamic: never rendered on the server, so next/dynamic's preloading would only add script.
const QuoteSummary = lazy(() => import("./quote-summary").then((m) => ({ default: m.QuoteSummary })));

/** Income, the optional JHT program and how many months to pay, with the live quote. */
export function IncomeStep({
  step,
  visible,
  error,
  active,
  values,
}: StepProps & {
  /** On screen in the step-by-step form: only then is there a live quote to show. */
  active: boolean;
  values: Record<string, string>;
}) {
  const t = useTranslations("register.fields");
  return (
    <StepFieldset step={step} visible={visible}>
      <Field id="income" label={t("income")} hint={t("incomeHint")} error={error("income")}>
        {(p) => <input {...p} name="income" inputMode="numeric" placeholder="1.000.000" maxLength={16} />}
      </Field>
      <CheckboxField name="jht" label={t("jht")} hint={t("jhtHint")} />
      <MonthsSelect error={error("months")} />
      {active && (
        <Suspense fallback={null}>
          <QuoteSummary values={values} />
        </Suspense>
      )}
    </StepFieldset>
  );
}
