"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionForm } from "@/components/use-action-form";
import { createBranchAction } from "@/lib/admin/actions";

export function BranchForm({ regencies }: { regencies: SelectOption[] }) {
  const t = useTranslations("admin.branches");
  const { action, pending, done, formError, typed, error } = useActionForm(createBranchAction);
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {done && (
        <p role="status" className="font-medium text-brand-800">
          {t("done", { code: done.code })}
        </p>
      )}
      <Field id="code" label={t("code")} hint={t("codeHint")} error={error("code")}>
        {(p) => <input {...p} name="code" autoCapitalize="characters" defaultValue={typed.code} required />}
      </Field>
      <Field id="branch-name" label={t("name")} error={error("name")}>
        {(p) => <input {...p} name="name" defaultValue={typed.name} required />}
      </Field>
      <SelectField
        id="regencyCode"
        name="regencyCode"
        label={t("regency")}
        error={error("regencyCode")}
        options={regencies}
        emptyLabel=""
        defaultValue={typed.regencyCode}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
