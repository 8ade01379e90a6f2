"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { confirmContactChangeAction, requestContactCodeAction } from "@/lib/account/actions";
import { CODE_VALID_MINUTES } from "@/lib/account/code-rules";
import { CodeField } from "@/components/auth/code-field";
import { failureOf } from "@/lib/actions/result";

/**
 * A new phone number or e-mail address in two steps on one card: the new one
 * gets a code, and the code typed here makes it the one on record.
 */
export function ContactChangeForm({ kind }: { kind: "phone" | "email" }) {
  const t = useTranslations("changes.contact");
  const message = useMessage();
  const [requested, request, requesting] = useActionState(requestContactCodeAction, null);
  const [confirmed, confirm, confirming] = useActionState(confirmContactChangeAction, null);
  const sent = requested?.ok ? requested.data : null;
  const requestFailure = failureOf(requested);
  const confirmFailure = failureOf(confirmed);
  if (confirmed?.ok) {
    return (
      <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm font-medium" data-testid={`${kind}-changed`}>
        {t(`${kind}Changed`)}
      </p>
    );
  }
  if (sent) {
    return (
      <form action={confirm} className="space-y-3" noValidate data-testid={`${kind}-code-form`}>
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
          {t("sent", { to: sent.destination, minutes: CODE_VALID_MINUTES })}
        </p>
        <input type="hidden" name="codeId" value={sent.codeId} />
        <CodeField id={`${kind}-code`} error={message(confirmFailure?.fieldErrors.code)} defaultValue={confirmFailure?.values?.code} />
        {confirmFailure?.formError && <FormAlert>{message(confirmFailure.formError)}</FormAlert>}
        <SaveRow saved={false} savedText="" pending={confirming}>
          {t("confirm")}
        </SaveRow>
      </form>
    );
  }
  return (
    <form action={request} className="space-y-3" noValidate data-testid={`${kind}-change-form`}>
      <input type="hidden" name="kind" value={kind} />
      <Field
        id={`new-${kind}`}
        label={t(kind === "phone" ? "newPhone" : "newEmail")}
        hint={t("hint")}
        error={message(requestFailure?.fieldErrors[kind])}
      >
        {(p) =>
          kind === "phone" ? (
            <input {...p} name="phone" type="tel" autoComplete="tel" defaultValue={requestFailure?.values?.phone} />
          ) : (
            <input {...p} name="email" type="email" autoComplete="email" defaultValue={requestFailure?.values?.email} />
          )
        }
      </Field>
      {requestFailure?.formError && <FormAlert>{message(requestFailure.formError)}</FormAlert>}
      <SaveRow saved={false} savedText="" pending={requesting} variant="secondary">
        {t("sendCode")}
      </SaveRow>
    </form>
  );
}
