"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { applyMissingAction } from "@/lib/reconciliation/actions";

/** Applies the payments BJB has and the portal does not, then says what happened to each kind. */
export function ApplyMissingForm({ settlementId, count }: { settlementId: string; count: number }) {
  const t = useTranslations("staff.reconciliation");
  const [state, action, pending] = useActionState(applyMissingAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="settlementId" value={settlementId} />
      {state?.ok && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="apply-result">
          {t("applied", state.data.counts)}
        </p>
      )}
      {count > 0 && (
        <Button type="submit" disabled={pending}>
          {t("apply", { count })}
        </Button>
      )}
    </form>
  );
}
