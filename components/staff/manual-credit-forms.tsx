"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { applyCreditAction, proposeCreditsAction } from "@/lib/reconciliation/actions";

/** A finance user proposes crediting the lines missing in the portal (for their region's bills); a second person applies. */
export function ProposeCreditsForm({ settlementId, count }: { settlementId: string; count: number }) {
  const t = useTranslations("staff.reconciliation");
  const message = useMessage();
  const [state, action, pending] = useActionState(proposeCreditsAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="settlementId" value={settlementId} />
      {state?.ok && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="propose-result">
          {t("proposed", { proposed: state.data.proposed, outOfReach: state.data.outOfReach })}
        </p>
      )}
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      {count > 0 && (
        <Button type="submit" disabled={pending}>
          {t("propose", { count })}
        </Button>
      )}
    </form>
  );
}

/** Applies one proposed credit; the proposer is told a second person must. */
export function ApplyCreditForm({ creditId }: { creditId: string }) {
  const t = useTranslations("staff.reconciliation");
  const message = useMessage();
  const [state, action, pending] = useActionState(applyCreditAction, null);
  const failure = failureOf(state);
  if (state?.ok) return <span className="font-semibold text-brand-700">{t("creditApplied")}</span>;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="creditId" value={creditId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("applyCredit")}
      </Button>
      {failure && <p className="mt-1 text-sm text-red-700">{message(failure.formError ?? failure.fieldErrors.creditId)}</p>}
    </form>
  );
}
