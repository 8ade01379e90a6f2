"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionForm } from "@/components/use-action-form";
import { createApiKeyAction } from "@/lib/admin/actions";
import { scopeLabelKey } from "@/lib/admin/scope-labels";
import { OneTimeSecret } from "./one-time-secret";

/** A new key for a bank system: its name, branch and permissions; the key is shown once. */
export function ApiKeyForm({ branches, scopes }: { branches: SelectOption[]; scopes: string[] }) {
  const t = useTranslations("admin.keys");
  const ta = useTranslations("admin");
  const { action, pending, done, formError, typed, error } = useActionForm(createApiKeyAction);
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {done && <OneTimeSecret label={ta("secret.key")} hint={ta("secret.keyHint")} value={done.key} />}
      <Field id="key-name" label={t("name")} error={error("name")}>
        {(p) => <input {...p} name="name" defaultValue={typed.name} required />}
      </Field>
      <SelectField
        id="key-branch"
        name="branchId"
        label={t("branch")}
        error={error("branchId")}
        options={branches}
        emptyLabel=""
        defaultValue={typed.branchId}
      />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("scope")}</legend>
        {scopes.map((scope) => (
          <label key={scope} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="scope" value={scope} defaultChecked={(typed.scope ?? scopes[0]) === scope} />
            {t(scopeLabelKey(scope))}
          </label>
        ))}
        {error("scope") && <p className="text-sm font-medium text-red-700">{error("scope")}</p>}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
