"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionForm } from "@/components/use-action-form";
import { createAccountAction } from "@/lib/admin/actions";
import { OneTimeSecret } from "./one-time-secret";

/** A new staff account: who, which role, and the branch or regency that role needs. */
export function AccountForm({
  roles,
  roleScopes,
  branches,
  regencies,
  sponsors,
}: {
  roles: SelectOption[];
  roleScopes: Record<string, "branch" | "regency" | "sponsor" | "none">;
  branches: SelectOption[];
  regencies: SelectOption[];
  sponsors: SelectOption[];
}) {
  const t = useTranslations("admin.create");
  const ta = useTranslations("admin");
  const { action, pending, done, formError, typed, error } = useActionForm(createAccountAction);
  const [role, setRole] = useState(typed.role ?? roles[0]!.value);
  if (done) {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium">
          {t("done", { email: done.email })}
        </p>
        <OneTimeSecret label={ta("secret.password")} hint={ta("secret.passwordHint")} value={done.temporaryPassword} />
        <a href={`/admin/pengguna/${done.userId}`} className="font-semibold text-brand-700 underline">
          {t("open")}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <Field id="name" label={t("name")} error={error("name")}>
        {(p) => <input {...p} name="name" autoComplete="off" defaultValue={typed.name} required />}
      </Field>
      <Field id="email" label={t("email")} error={error("email")}>
        {(p) => <input {...p} name="email" type="email" autoComplete="off" defaultValue={typed.email} required />}
      </Field>
      <SelectField id="role" name="role" label={t("role")} error={error("role")} options={roles} defaultValue={role} onChange={setRole} />
      {roleScopes[role] === "branch" && (
        <SelectField
          id="branchId"
          name="branchId"
          label={t("branch")}
          error={error("branchId")}
          options={branches}
          emptyLabel={t("chooseBranch")}
          defaultValue={typed.branchId}
        />
      )}
      {roleScopes[role] === "sponsor" && (
        <SelectField
          id="sponsorId"
          name="sponsorId"
          label={t("sponsor")}
          error={error("sponsorId")}
          options={sponsors}
          emptyLabel={t("chooseSponsor")}
          defaultValue={typed.sponsorId}
        />
      )}
      {roleScopes[role] === "regency" && (
        <SelectField
          id="regionCode"
          name="regionCode"
          label={t("regency")}
          hint={t("regencyHint")}
          error={error("regionCode")}
          options={regencies}
          emptyLabel={ta("users.allBanten")}
          defaultValue={typed.regionCode}
        />
      )}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
