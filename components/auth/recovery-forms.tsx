"use client";
import { NewPasswordFields } from "./new-password-fields";
import { CodeField } from "./code-field";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { activateAccountAction, requestActivationCodeAction, requestRecoveryCodeAction, resetPasswordAction } from "@/lib/account/actions";

/** "Lupa kata sandi", step 1: which account; a code goes to its phone. */
export function RecoveryRequestForm() {
  const t = useTranslations("signIn.recovery");
  const ts = useTranslations("signIn");
  const message = useMessage();
  const [state, action, pending] = useActionState(requestRecoveryCodeAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <Field id="identifier" label={ts("identifier")} error={message(failure?.fieldErrors.identifier)}>
        {(p) => <input {...p} name="identifier" autoComplete="username" defaultValue={failure?.values?.identifier} required />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {t("send")}
      </Button>
    </form>
  );
}

/** Step 2 of recovery (a new password) or of activation (the first one): the code from the text and the password. */
export function CodePasswordForm({ codeId, activation = false }: { codeId: string; activation?: boolean }) {
  const t = useTranslations("signIn.recovery");
  const message = useMessage();
  const [state, action, pending] = useActionState(activation ? activateAccountAction : resetPasswordAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="codeId" value={codeId} />
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <CodeField id="code" error={error("code")} defaultValue={failure?.values?.code} />
      <NewPasswordFields error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {activation ? t("activate") : t("save")}
      </Button>
    </form>
  );
}

/** Activation, step 1: who they are, as their KPJ card and e-KTP say. */
export function ActivationRequestForm() {
  const t = useTranslations("signIn.activation");
  const message = useMessage();
  const [state, action, pending] = useActionState(requestActivationCodeAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const typed = failure?.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <Field id="nik" label={t("nik")} error={error("nik")}>
        {(p) => <input {...p} name="nik" inputMode="numeric" maxLength={16} defaultValue={typed.nik} required />}
      </Field>
      <Field id="kpj" label={t("kpj")} hint={t("kpjHint")} error={error("kpj")}>
        {(p) => <input {...p} name="kpj" inputMode="numeric" maxLength={11} defaultValue={typed.kpj} required />}
      </Field>
      <Field id="birthDate" label={t("birthDate")} error={error("birthDate")}>
        {(p) => <input {...p} name="birthDate" type="date" defaultValue={typed.birthDate} required />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {t("send")}
      </Button>
    </form>
  );
}
