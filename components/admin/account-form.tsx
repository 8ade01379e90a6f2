"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useMessage } from "@/components/use-message";
import { createAccountAction } from "@/lib/admin/actions";
import { failureOf } from "@/lib/actions/result";
import { OneTimeSecret } from "./one-time-secret";

/** A new staff account: who, which role, and the branch or regency that role needs. */
export function AccountForm({
  roles,
  roleScopes,
  branches,
  regencies,
}: {
  roles: SelectOption[];
  roleScopes: Record<string, "branch" | "regency" | "none">;
  branches: SelectOption[];
  regencies: SelectOption[];
}) {
  const t = useTranslations("admin.create");
  const ta = useTranslations("admin");
  const message = useMessage();
  const [state, action, pending] = useActionState(createAccountAction, null);
  const failure = failureOf(state);
  const typed = failure?.values ?? {};
  const [role, setRole] = useState(typed.role ?? roles[0]!.value);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium">
          {t("done", { email: state.data.email })}
        </p>
        <OneTimeSecret label={ta("secret.password")} hint={ta("secret.passwordHint")} value={state.data.temporaryPassword} />
        <a href={`/admin/pengguna/${state.data.userId}`} className="font-semibold text-brand-700 underline">
          {t("open")}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
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
