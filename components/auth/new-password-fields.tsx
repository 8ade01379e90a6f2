"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";

/** A new password chosen twice, with what makes one acceptable (recovery, activation, replacing a temporary one). */
export function NewPasswordFields({ error }: { error: (field: string) => string | undefined }) {
  const t = useTranslations("signIn.recovery");
  return (
    <>
      <Field id="password" label={t("newPassword")} hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })} error={error("password")}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} error={error("passwordConfirm")}>
        {(p) => <input {...p} name="passwordConfirm" type="password" autoComplete="new-password" required />}
      </Field>
    </>
  );
}
