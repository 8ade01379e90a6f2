"use client";
import { useFormatter, useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { changeWageAction, continueAsBpuAction, reportDeathAction } from "@/lib/employment/actions";
import { MonthsSelect } from "@/components/registration/months-select";
import { useMessage } from "@/components/use-message";
import { DisclosureForm } from "./disclosure-form";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";

/** A worker's wage from a month on: the company's bills from that month follow it. */
export function WageChangeForm({ employmentId, firstMonth }: { employmentId: string; firstMonth: string }) {
  const t = useTranslations("officer.employment");
  const message = useMessage();
  return (
    <DisclosureForm
      summary={t("wage")}
      action={changeWageAction}
      hidden={{ employmentId }}
      hint={t("wageHint")}
      submit={t("wageSubmit")}
      saved={({ warning }) => [t("wageSaved"), message(warning ?? undefined)].filter(Boolean).join(" ")}
      testId="wage-change"
    >
      {(error, typed) => (
        <>
          <Field id={`fromPeriod-${employmentId}`} label={t("wageFrom")} error={error("fromPeriod")}>
            {(p) => <input {...p} name="fromPeriod" type="month" min={firstMonth} defaultValue={typed.fromPeriod ?? firstMonth} />}
          </Field>
          <Field id={`wage-${employmentId}`} label={t("wageNew")} error={error("wage")}>
            {(p) => <input {...p} name="wage" inputMode="numeric" maxLength={16} defaultValue={typed.wage} />}
          </Field>
        </>
      )}
    </DisclosureForm>
  );
}

/** A worker who left keeps their cover on their own: same KPJ, their income, the BPU rules of that month. */
export function ContinueBpuForm({ employmentId }: { employmentId: string }) {
  const t = useTranslations("officer.employment");
  const tr = useTranslations("register.fields");
  const format = useFormatter();
  return (
    <DisclosureForm
      summary={t("continue")}
      action={continueAsBpuAction}
      hidden={{ employmentId }}
      hint={t("continueHint")}
      submit={t("continueSubmit")}
      saved={({ fromPeriod }) =>
        t("continued", {
          month: format.dateTime(monthDate(fromPeriod), MONTH_YEAR),
        })
      }
      testId="continue-bpu"
    >
      {(error, typed) => (
        <>
          <Field id={`income-${employmentId}`} label={tr("income")} hint={tr("incomeHint")} error={error("income")}>
            {(p) => <input {...p} name="income" inputMode="numeric" maxLength={16} defaultValue={typed.income} />}
          </Field>
          <CheckboxField name="jht" id={`jht-${employmentId}`} label={tr("jht")} hint={tr("jhtHint")} />
          <MonthsSelect id={`months-${employmentId}`} error={error("months")} defaultValue={typed.months ?? "1"} />
        </>
      )}
    </DisclosureForm>
  );
}

/** A participant of the officer's clients has died: cover ends that day, heirs stay. */
export function DeathReportForm({ participantId, name }: { participantId: string; name: string }) {
  const t = useTranslations("officer.employment");
  return (
    <DisclosureForm
      summary={`${t("death")}: ${name}`}
      action={reportDeathAction}
      hidden={{ participantId }}
      hint={t("deathHint")}
      submit={t("deathSubmit")}
      saved={() => t("deathSaved")}
      testId="report-death"
    >
      {(error, typed) => (
        <Field id={`diedOn-${participantId}`} label={t("diedOn")} error={error("diedOn")}>
          {(p) => <input {...p} name="diedOn" type="date" defaultValue={typed.diedOn} />}
        </Field>
      )}
    </DisclosureForm>
  );
}
