"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { CODE_DIGITS } from "@/lib/account/code-rules";

/** The one-time code from the text message: digits only, the phone's keyboard and autofill offer it. */
export function CodeField({ id, error, defaultValue }: { id: string; error?: string; defaultValue?: string }) {
  const t = useTranslations("signIn.recovery");
  return (
    <Field id={id} label={t("code", { digits: CODE_DIGITS })} error={error}>
      {(p) => (
        <input
          {...p}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={CODE_DIGITS}
          defaultValue={defaultValue}
          required
        />
      )}
    </Field>
  );
}
