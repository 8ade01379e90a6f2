"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { decideReviewAction } from "@/lib/review/actions";

export function ReviewDecisionForm({ caseId }: { caseId: string }) {
  const t = useTranslations("staff.review");
  const message = useMessage();
  const [state, action, pending] = useActionState(decideReviewAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="mt-2 space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <Field
        id={`note-${caseId}`}
        label={t("note")}
        error={message(failure ? (failure.fieldErrors.note ?? failure.formError ?? "errors.review.note") : undefined)}
      >
        {(p) => <input {...p} name="note" maxLength={300} />}
      </Field>
      <div className="flex gap-2">
        <button
          name="decision"
          value="APPROVED"
          disabled={pending}
          className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white"
        >
          {t("approve")}
        </button>
        <button
          name="decision"
          value="REJECTED"
          disabled={pending}
          className="min-h-11 rounded-lg border border-red-700 px-4 font-semibold text-red-700"
        >
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
