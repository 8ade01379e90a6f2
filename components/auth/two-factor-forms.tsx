"use client";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/use-action-form";
import { enrolTwoFactorAction, requiredPasswordChangeAction, verifyTwoFactorAction } from "@/lib/account/actions";
import { NewPasswordFields } from "./new-password-fields";

/** A sign-in step's form: where to go afterwards, the refusal as a whole, the step's fields, one button. */
function StepForm({
  form,
  next,
  submit,
  children,
}: {
  form: { action: (formData: FormData) => void; pending: boolean; formError?: string };
  next?: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {form.formError && <FormAlert>{form.formError}</FormAlert>}
      {children}
      <Button type="submit" disabled={form.pending} className="w-full">
        {submit}
      </Button>
    </form>
  );
}

/** The code typed at either second-factor step. */
function CodeInput({
  label,
  hint,
  error,
  ...input
}: { label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id="code" label={label} hint={hint} error={error}>
      {(p) => <input {...p} name="code" autoComplete="one-time-code" required {...input} />}
    </Field>
  );
}

/** First sign-in: the app is set up with the QR code (or the key typed in), one code from it switches it on. */
export function TwoFactorEnrolForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.twoFactor");
  const form = useActionForm(enrolTwoFactorAction);
  if (form.done) {
    return (
      <section aria-labelledby="recovery-codes" className="space-y-3">
        <h2 id="recovery-codes" className="text-lg font-semibold">
          {t("codesTitle")}
        </h2>
        <p role="status" className="text-sm">
          {t("codesIntro")}
        </p>
        <ul
          className="grid grid-cols-2 gap-2 rounded-lg border border-slate-300 bg-white p-3 font-mono text-base"
          aria-label={t("codesTitle")}
        >
          {form.done.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={form.done.next} className="block rounded-lg bg-brand-700 px-4 py-3 text-center font-semibold text-white">
          {t("continue")}
        </a>
      </section>
    );
  }
  return (
    <StepForm form={form} next={next} submit={t("turnOn")}>
      <CodeInput label={t("appCode")} error={form.error("code")} inputMode="numeric" maxLength={6} />
    </StepForm>
  );
}

/** Every later sign-in: the app's code now, or one recovery code. */
export function TwoFactorVerifyForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.twoFactor");
  const form = useActionForm(verifyTwoFactorAction);
  return (
    <StepForm form={form} next={next} submit={t("verify")}>
      <CodeInput
        label={t("codeOrRecovery")}
        hint={t("codeHint")}
        error={form.error("code")}
        autoCapitalize="off"
        spellCheck={false}
        maxLength={20}
      />
    </StepForm>
  );
}

/** After an admin set a temporary password: the person's own, chosen twice. */
export function RequiredPasswordForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.recovery");
  const form = useActionForm(requiredPasswordChangeAction);
  return (
    <StepForm form={form} next={next} submit={t("save")}>
      <NewPasswordFields error={form.error} />
    </StepForm>
  );
}
