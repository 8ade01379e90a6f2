"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const message = useMessage();
  // null: no attempt failed yet; "" a wrong identifier or password; else an errors.* key (a lockout).
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      identifier: data.get("identifier"),
      password: data.get("password"),
      redirect: false,
    });
    if (result?.ok) {
      // A full navigation so the server renders with the new session cookie.
      window.location.assign(next ?? "/masuk/lanjut");
      return;
    }
    setFailure(result?.error?.startsWith("errors.") ? result.error : "");
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {failure !== null && <FormAlert>{failure ? message(failure) : t("failed")}</FormAlert>}
      <Field id="identifier" label={t("identifier")}>
        {(p) => <input {...p} name="identifier" autoComplete="username" required />}
      </Field>
      <Field id="password" label={t("password")}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
