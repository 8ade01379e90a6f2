"use client";
import { NewPasswordFields } from "./new-password-fields";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { enrolTwoFactorAction, requiredPasswordChangeAction, verifyTwoFactorAction } from "@/lib/account/actions";
import { failureOf } from "@/lib/actions/result";

/** First sign-in: the app is set up with the QR code (or the key typed in), one code from it switches it on. */
export function TwoFactorEnrolForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.twoFactor");
  const message = useMessage();
  const [state, action, pending] = useActionState(enrolTwoFactorAction, null);
  const failure = failureOf(state);
  if (state?.ok) {
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
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={state.data.next} className="block rounded-lg bg-brand-700 px-4 py-3 text-center font-semibold text-white">
          {t("continue")}
        </a>
      </section>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <Field id="code" label={t("appCode")} error={message(failure?.fieldErrors.code)}>
        {(p) => <input {...p} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {t("turnOn")}
      </Button>
    </form>
  );
}

/** Every later sign-in: the app's code now, or one recovery code. */
export function TwoFactorVerifyForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.twoFactor");
  const message = useMessage();
  const [state, action, pending] = useActionState(verifyTwoFactorAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <Field id="code" label={t("codeOrRecovery")} hint={t("codeHint")} error={message(failure?.fieldErrors.code)}>
        {(p) => <input {...p} name="code" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} maxLength={20} required />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {t("verify")}
      </Button>
    </form>
  );
}

/** After an admin set a temporary password: the person's own, chosen twice. */
export function RequiredPasswordForm({ next }: { next?: string }) {
  const t = useTranslations("signIn.recovery");
  const message = useMessage();
  const [state, action, pending] = useActionState(requiredPasswordChangeAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <NewPasswordFields error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {t("save")}
      </Button>
    </form>
  );
}
