"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { endEmploymentAction } from "@/lib/employment/actions";
import { END_REASONS } from "@/lib/employment/reasons";

/** Ends one worker's employment at the client: the last day worked and why (behind a disclosure, so it is deliberate). */
export function EndEmploymentForm({ employmentId, name }: { employmentId: string; name: string }) {
  const t = useTranslations("officer.employment");
  const message = useMessage();
  const [state, action, pending] = useActionState(endEmploymentAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const id = (field: string) => `${field}-${employmentId}`;
  return (
    <details className="w-full text-sm" data-testid="end-employment">
      <summary className="cursor-pointer font-medium text-brand-700 underline">{t("end", { name })}</summary>
      <form action={action} className="mt-2 space-y-3" noValidate>
        <input type="hidden" name="employmentId" value={employmentId} />
        <Field id={id("endDate")} label={t("endDate")} error={error("endDate")}>
          {(p) => <input {...p} name="endDate" type="date" defaultValue={failure?.values?.endDate} required />}
        </Field>
        <Field id={id("reason")} label={t("reason")} error={error("reason")}>
          {(p) => (
            <select {...p} name="reason" defaultValue={failure?.values?.reason ?? ""} required>
              <option value="" disabled>
                {t("choose")}
              </option>
              {END_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="text-slate-600">{t("hint")}</p>
        {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
        <SaveRow saved={state?.ok === true} savedText={t("ended")} pending={pending} variant="secondary">
          {t("submit")}
        </SaveRow>
      </form>
    </details>
  );
}
