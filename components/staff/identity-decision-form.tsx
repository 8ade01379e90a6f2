"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { decideIdentityChangeAction } from "@/lib/identity-changes/actions";

/** Approve or reject a worker's identity correction, always with a reason the worker is shown. */
export function IdentityDecisionForm({ requestId }: { requestId: string }) {
  const t = useTranslations("staff.identity");
  const tr = useTranslations("staff.review");
  const message = useMessage();
  const [state, action, pending] = useActionState(decideIdentityChangeAction, null);
  const failure = failureOf(state);
  // A field error here is the note's, or a rule the approval broke (the NIK taken since): shown under the note.
  const error = failure ? (failure.fieldErrors.note ?? failure.formError ?? Object.values(failure.fieldErrors)[0]) : undefined;
  return (
    <form action={action} className="mt-2 space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <Field id={`note-${requestId}`} label={t("note")} error={message(error)}>
        {(p) => <input {...p} name="note" maxLength={300} />}
      </Field>
      <div className="flex gap-2">
        <button
          name="decision"
          value="APPROVED"
          disabled={pending}
          className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white"
        >
          {tr("approve")}
        </button>
        <button
          name="decision"
          value="REJECTED"
          disabled={pending}
          className="min-h-11 rounded-lg border border-red-700 px-4 font-semibold text-red-700"
        >
          {tr("reject")}
        </button>
      </div>
    </form>
  );
}
