"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { requestIdentityChangeAction } from "@/lib/identity-changes/actions";

/** Asks regional staff to correct name, birth date, sex or NIK: only the fields filled in, with a reason. */
export function IdentityChangeForm() {
  const t = useTranslations("changes.identity");
  const tr = useTranslations("register.fields");
  const message = useMessage();
  const [state, action, pending] = useActionState(requestIdentityChangeAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const typed = failure?.values ?? {};
  if (state?.ok) {
    return (
      <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm font-medium">
        {t("sent")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3" noValidate data-testid="identity-form">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <Field id="id-name" label={tr("name")} error={error("name")}>
        {(p) => <input {...p} name="name" autoComplete="name" defaultValue={typed.name} />}
      </Field>
      <Field id="id-birthDate" label={tr("birthDate")} error={error("birthDate")}>
        {(p) => <input {...p} name="birthDate" type="date" defaultValue={typed.birthDate} />}
      </Field>
      <Field id="id-gender" label={tr("gender")} error={error("gender")}>
        {(p) => (
          <select {...p} name="gender" defaultValue={typed.gender ?? ""}>
            <option value="">{t("unchanged")}</option>
            <option value="M">{tr("genderM")}</option>
            <option value="F">{tr("genderF")}</option>
          </select>
        )}
      </Field>
      <Field id="id-nik" label={tr("nik")} error={error("nik")}>
        {(p) => <input {...p} name="nik" inputMode="numeric" maxLength={16} defaultValue={typed.nik} />}
      </Field>
      <Field id="id-reason" label={t("reason")} hint={t("reasonHint")} error={error("reason")}>
        {(p) => <textarea {...p} name="reason" rows={2} maxLength={300} defaultValue={typed.reason} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={false} savedText="" pending={pending} variant="secondary">
        {t("send")}
      </SaveRow>
    </form>
  );
}
