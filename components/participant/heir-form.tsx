"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { addHeirAction } from "@/lib/heirs/actions";
import { HEIR_RELATIONSHIPS } from "@/lib/heirs/relationships";

/** The worker names an heir: name, relationship, and NIK and phone when they know them. */
export function HeirForm() {
  const t = useTranslations("heirs");
  const message = useMessage();
  const [state, action, pending] = useActionState(addHeirAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const typed = failure?.values ?? {};
  return (
    <form action={action} className="mt-3 space-y-3" noValidate data-testid="heir-form">
      <Field id="heir-name" label={t("name")} error={error("name")}>
        {(p) => <input {...p} name="name" autoComplete="off" defaultValue={typed.name} required />}
      </Field>
      <Field id="heir-relationship" label={t("relationship")} error={error("relationship")}>
        {(p) => (
          <select {...p} name="relationship" defaultValue={typed.relationship ?? ""} required>
            <option value="" disabled>
              {t("choose")}
            </option>
            {HEIR_RELATIONSHIPS.map((relationship) => (
              <option key={relationship} value={relationship}>
                {t(`relationships.${relationship}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="heir-nik" label={t("nik")} error={error("nik")}>
        {(p) => <input {...p} name="nik" inputMode="numeric" maxLength={16} defaultValue={typed.nik} />}
      </Field>
      <Field id="heir-phone" label={t("phone")} error={error("phone")}>
        {(p) => <input {...p} name="phone" type="tel" autoComplete="off" defaultValue={typed.phone} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("added")} pending={pending} variant="secondary">
        {t("add")}
      </SaveRow>
    </form>
  );
}
