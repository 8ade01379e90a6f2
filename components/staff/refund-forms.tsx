"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SaveRow } from "@/components/ui/save-row";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { applyRefundAction, cancelRefundAction, proposeRefundAction } from "@/lib/reconciliation/actions";

/** One account holding credit, as the select offers it: "<type>:<id>" and what it shows. */
export type HolderOption = { value: string; label: string };

/** A finance user proposes paying held credit back; a second person applies it. */
export function ProposeRefundForm({ holders }: { holders: HolderOption[] }) {
  const t = useTranslations("staff.reconciliation");
  const message = useMessage();
  const [state, action, pending] = useActionState(proposeRefundAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const typed = failure?.values ?? {};
  return (
    <form
      action={(data) => {
        // One select names the account: the action takes its type and id as two fields.
        const [accountType = "", accountId = ""] = String(data.get("account") ?? "").split(":");
        data.set("accountType", accountType);
        data.set("accountId", accountId);
        return action(data);
      }}
      className="space-y-3"
      noValidate
      data-testid="refund-form"
    >
      <Field id="account" label={t("refundAccount")} error={error("accountId") ?? error("accountType")}>
        {(p) => (
          <select {...p} name="account" defaultValue={typed.accountType ? `${typed.accountType}:${typed.accountId}` : holders[0]?.value}>
            {holders.map((holder) => (
              <option key={holder.value} value={holder.value}>
                {holder.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="amount" label={t("refundAmount")} error={error("amount")}>
        {(p) => <input {...p} name="amount" inputMode="numeric" defaultValue={typed.amount} />}
      </Field>
      <Field id="bankAccount" label={t("refundBankAccount")} error={error("bankAccount")}>
        {(p) => <input {...p} name="bankAccount" inputMode="numeric" autoComplete="off" defaultValue={typed.bankAccount} />}
      </Field>
      <Field id="bankAccountName" label={t("refundBankAccountName")} error={error("bankAccountName")}>
        {(p) => <input {...p} name="bankAccountName" maxLength={100} defaultValue={typed.bankAccountName} />}
      </Field>
      <Field id="reason" label={t("refundReason")} error={error("reason")}>
        {(p) => <textarea {...p} name="reason" rows={2} maxLength={300} defaultValue={typed.reason} />}
      </Field>
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("refundProposed")} pending={pending}>
        {t("proposeRefund")}
      </SaveRow>
    </form>
  );
}

/** Apply (a second person) or withdraw one proposed refund. */
export function RefundDecisionForms({ refundId, canApply, canCancel }: { refundId: string; canApply: boolean; canCancel: boolean }) {
  const t = useTranslations("staff.reconciliation");
  const message = useMessage();
  const [applied, apply, applying] = useActionState(applyRefundAction, null);
  const [cancelled, cancel, cancelling] = useActionState(cancelRefundAction, null);
  if (applied?.ok) return <span className="font-semibold text-brand-700">{t("refundStatusAPPLIED")}</span>;
  if (cancelled?.ok) return <span className="font-semibold">{t("refundStatusCANCELLED")}</span>;
  const failure = failureOf(applied) ?? failureOf(cancelled);
  return (
    <div className="flex flex-wrap gap-2">
      {canApply && (
        <form action={apply}>
          <input type="hidden" name="refundId" value={refundId} />
          <Button type="submit" variant="secondary" disabled={applying || cancelling}>
            {t("applyRefund")}
          </Button>
        </form>
      )}
      {canCancel && (
        <form action={cancel}>
          <input type="hidden" name="refundId" value={refundId} />
          <Button type="submit" variant="secondary" disabled={applying || cancelling}>
            {t("cancelRefund")}
          </Button>
        </form>
      )}
      {failure && <p className="basis-full text-sm text-red-700">{message(failure.formError ?? failure.fieldErrors.refundId)}</p>}
    </div>
  );
}
