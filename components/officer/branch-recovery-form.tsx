"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { recoverAtBranchAction } from "@/lib/account/actions";
import { failureOf } from "@/lib/actions/result";

/** The officer, with the worker's e-KTP in hand, sends a recovery code to the worker's new phone number. */
export function BranchRecoveryForm() {
  const t = useTranslations("officer.recovery");
  const tr = useTranslations("register.fields");
  const message = useMessage();
  const [state, action, pending] = useActionState(recoverAtBranchAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const typed = failure?.values ?? {};
  if (state?.ok) {
    return (
      <div role="status" className="space-y-2 rounded-lg bg-brand-50 p-4" data-testid="branch-recovery-sent">
        <p>{t("sent", { to: state.data.destination })}</p>
        <a href={`/masuk/lupa/kode?permintaan=${state.data.codeId}`} className="font-semibold text-brand-700 underline">
          {t("open")}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3" noValidate data-testid="branch-recovery">
      <label className="flex items-start gap-3">
        <input type="checkbox" name="ektp" required className="mt-1 size-5" />
        <span className="font-medium">{t("ektp")}</span>
      </label>
      {error("ektp") && <p className="text-sm font-medium text-red-700">{error("ektp")}</p>}
      <Field id="recovery-nik" label={tr("nik")} error={error("nik")}>
        {(p) => <input {...p} name="nik" inputMode="numeric" maxLength={16} defaultValue={typed.nik} />}
      </Field>
      <Field id="recovery-birthDate" label={tr("birthDate")} error={error("birthDate")}>
        {(p) => <input {...p} name="birthDate" type="date" defaultValue={typed.birthDate} />}
      </Field>
      <Field id="recovery-phone" label={t("newPhone")} error={error("phone")}>
        {(p) => <input {...p} name="phone" type="tel" defaultValue={typed.phone} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={false} savedText="" pending={pending}>
        {t("submit")}
      </SaveRow>
    </form>
  );
}
