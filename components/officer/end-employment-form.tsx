"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { endEmploymentAction } from "@/lib/employment/actions";
import { END_REASONS } from "@/lib/employment/reasons";
import { DisclosureForm } from "./disclosure-form";

/** Ends one worker's employment at the client: the last day worked and why. */
export function EndEmploymentForm({ employmentId, name }: { employmentId: string; name: string }) {
  const t = useTranslations("officer.employment");
  const id = (field: string) => `${field}-${employmentId}`;
  return (
    <DisclosureForm
      summary={t("end", { name })}
      action={endEmploymentAction}
      hidden={{ employmentId }}
      hint={t("hint")}
      submit={t("submit")}
      saved={() => t("ended")}
      testId="end-employment"
    >
      {(error, typed) => (
        <>
          <Field id={id("endDate")} label={t("endDate")} error={error("endDate")}>
            {(p) => <input {...p} name="endDate" type="date" defaultValue={typed.endDate} required />}
          </Field>
          <Field id={id("reason")} label={t("reason")} error={error("reason")}>
            {(p) => (
              <select {...p} name="reason" defaultValue={typed.reason ?? ""} required>
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
        </>
      )}
    </DisclosureForm>
  );
}
