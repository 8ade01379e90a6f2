"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { sendSandboxPayment } from "@/lib/payments/sandbox-actions";

/** The `error` of an API answer, for the bank's refusal line. */
const errorOf = (body: unknown) =>
  typeof body === "object" && body !== null && "error" in body && typeof body.error === "string" ? body.error : "";

export function SandboxForm({ virtualAccount, amount }: { virtualAccount?: string; amount?: string }) {
  const t = useTranslations("sandbox");
  const message = useMessage();
  const [state, action, pending] = useActionState(sendSandboxPayment, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <Field id="virtualAccount" label={t("va")} error={message(failure?.fieldErrors.virtualAccount)}>
        {(p) => <input {...p} name="virtualAccount" inputMode="numeric" defaultValue={virtualAccount} maxLength={16} />}
      </Field>
      <Field id="amount" label={t("amount")} error={message(failure?.fieldErrors.amount ?? failure?.formError)}>
        {(p) => <input {...p} name="amount" inputMode="numeric" defaultValue={amount} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {t("pay")}
      </Button>
      {state?.ok && (
        <div
          role="status"
          className={`rounded-lg p-3 text-sm ${state.data.httpStatus === 200 ? "bg-brand-50" : "bg-red-50"}`}
          data-testid="sandbox-result"
        >
          <p className="font-semibold">
            {state.data.step === "inquiry"
              ? t("bankRefused", { reason: errorOf(state.data.response) })
              : state.data.httpStatus === 200
                ? t("credited")
                : t("refused", { status: state.data.httpStatus })}
          </p>
          <pre className="mt-2 overflow-x-auto text-xs">{JSON.stringify(state.data.response, null, 2)}</pre>
        </div>
      )}
    </form>
  );
}
