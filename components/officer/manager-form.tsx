"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/ui/save-row";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { updateManagerAction } from "@/lib/employer/actions";

/** Who besides the owner manages the client in Lindung (their own participant account): named by NIK, or nobody. */
export function ManagerForm({ companyId, manager }: { companyId: string; manager: { name: string; kpj: string } | null }) {
  const t = useTranslations("officer.manager");
  const message = useMessage();
  const [state, action, pending] = useActionState(updateManagerAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="manager-form">
      <input type="hidden" name="companyId" value={companyId} />
      <p className="text-sm font-medium" data-testid="manager-current">
        {manager ? t("current", manager) : t("none")}
      </p>
      <Field id="managerNik" label={t("nik")} error={message(failure?.fieldErrors.managerNik)}>
        {(p) => <input {...p} name="managerNik" inputMode="numeric" maxLength={20} defaultValue={failure?.values?.managerNik ?? ""} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("saved")} pending={pending} variant="secondary">
        {t("save")}
      </SaveRow>
    </form>
  );
}
