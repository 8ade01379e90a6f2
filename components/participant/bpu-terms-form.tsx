"use client";
import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { QuoteSummary } from "@/components/registration/quote-summary";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import type { Period } from "@/lib/domain/billing-period";
import { type Program } from "@/lib/domain/programs";
import { MonthsSelect } from "@/components/registration/months-select";
import { changeBpuTermsAction } from "@/lib/participants/actions";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";

/**
 * A BPU worker's income and payment period, changed from their next
 * contribution cycle (`from`), with what that cycle will cost as they type.
 */
export function BpuTermsForm({
  from,
  income,
  months,
  programs,
  occupation,
}: {
  from: Period;
  income: number;
  months: number;
  programs: readonly Program[];
  occupation: string | null;
}) {
  const t = useTranslations("changes.terms");
  const tr = useTranslations("register.fields");
  const format = useFormatter();
  const message = useMessage();
  const [state, action, pending] = useActionState(changeBpuTermsAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const [values, setValues] = useState<Record<string, string>>({
    income: String(income),
    months: String(months),
    occupation: occupation ?? "",
  });
  const month = format.dateTime(monthDate(from), MONTH_YEAR);
  return (
    <form
      action={action}
      onChange={(event) => setValues({ ...values, ...Object.fromEntries(new FormData(event.currentTarget)) } as Record<string, string>)}
      className="space-y-3"
      noValidate
      data-testid="terms-form"
    >
      <p className="text-sm text-slate-700">{t("from", { month })}</p>
      <Field id="income" label={tr("income")} hint={tr("incomeHint")} error={error("income")}>
        {(p) => <input {...p} name="income" inputMode="numeric" maxLength={16} defaultValue={String(income)} />}
      </Field>
      <MonthsSelect error={error("months")} defaultValue={String(months)} />
      <QuoteSummary values={values} from={from} programs={programs} />
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("saved", { month })} pending={pending} variant="secondary">
        {t("save")}
      </SaveRow>
    </form>
  );
}
