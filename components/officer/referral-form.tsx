"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/ui/save-row";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import { FormAlert } from "@/components/ui/form-alert";
import { failureOf } from "@/lib/actions/result";
import { recordReferralAction } from "@/lib/credit/actions";

export function ReferralForm({ companyId }: { companyId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(recordReferralAction, null);
  const message = useMessage();
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  // React resets a form after its action: what was typed comes back with the errors.
  const typed = failure?.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="companyId" value={companyId} />
      <Field id="product" label={t("officer.credit.product")} error={error("product")}>
        {(p) => (
          <select {...p} name="product" defaultValue={typed.product ?? "KUR"}>
            <option value="KUR">{t("officer.credit.products.KUR")}</option>
            <option value="CAPITAL">{t("officer.credit.products.CAPITAL")}</option>
          </select>
        )}
      </Field>
      <Field id="amount" label={t("officer.credit.amount")} error={error("amount")}>
        {(p) => <input {...p} name="amount" inputMode="numeric" defaultValue={typed.amount} />}
      </Field>
      <Field id="purpose" label={t("officer.credit.purpose")} error={error("purpose")}>
        {(p) => <textarea {...p} name="purpose" rows={2} maxLength={300} defaultValue={typed.purpose} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("officer.credit.saved")} pending={pending}>
        {t("officer.credit.save")}
      </SaveRow>
    </form>
  );
}
