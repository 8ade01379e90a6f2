"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/ui/save-row";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { updateBillingContactAction } from "@/lib/officer/actions";

/** The client's contact for the monthly bill and arrears e-mails. */
export function BillingContactForm({ companyId, name, email }: { companyId: string; name: string | null; email: string | null }) {
  const t = useTranslations("officer.contact");
  const message = useMessage();
  const [state, action, pending] = useActionState(updateBillingContactAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  // React resets a form after its action: what was typed comes back with the errors.
  const typed = failure?.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate data-testid="billing-contact">
      <input type="hidden" name="companyId" value={companyId} />
      <Field id="contactName" label={t("name")} error={error("contactName")}>
        {(p) => <input {...p} name="contactName" autoComplete="name" defaultValue={typed.contactName ?? name ?? ""} />}
      </Field>
      <Field id="contactEmail" label={t("email")} error={error("contactEmail")}>
        {(p) => <input {...p} name="contactEmail" type="email" autoComplete="email" defaultValue={typed.contactEmail ?? email ?? ""} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("saved")} pending={pending} variant="secondary">
        {t("save")}
      </SaveRow>
    </form>
  );
}
