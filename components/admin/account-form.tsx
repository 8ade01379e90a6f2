"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { createAccountAction } from "@/lib/admin/actions";
import { failureOf } from "@/lib/actions/result";
import { OneTimeSecret } from "./one-time-secret";

type Option = { value: string; label: string };

/** A new staff account: who, which role, and the branch or regency that role needs. */
export function AccountForm({
  roles,
  roleScopes,
  branches,
  regencies,
}: {
  roles: Option[];
  roleScopes: Record<string, "branch" | "regency" | "none">;
  branches: Option[];
  regencies: Option[];
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
      <Field id="role" label={t("role")} error={error("role")}>
        {(p) => (
          <select {...p} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {roleScopes[role] === "branch" && (
        <Field id="branchId" label={t("branch")} error={error("branchId")}>
          {(p) => (
            <select {...p} name="branchId" defaultValue={typed.branchId ?? ""}>
              <option value="">{t("chooseBranch")}</option>
              {branches.map((b) => (
                <option key={b.value} value={b.value}>
                  {b.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {roleScopes[role] === "regency" && (
        <Field id="regionCode" label={t("regency")} hint={t("regencyHint")} error={error("regionCode")}>
          {(p) => (
            <select {...p} name="regionCode" defaultValue={typed.regionCode ?? ""}>
              <option value="">{ta("users.allBanten")}</option>
              {regencies.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
