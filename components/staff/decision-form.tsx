"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { failureOf } from "@/lib/actions/result";

/**
 * Staff approve or reject one record (a review case, an identity correction), always with a reason: the record's
 * id as a hidden field, the reason, two buttons. An error is the reason's, or a rule the decision broke, under it.
 */
export function DecisionForm<Data>({
  action: serverAction,
  idName,
  id,
  noteLabel,
}: {
  action: (previous: ActionState<Data>, formData: FormData) => Promise<ActionResult<Data>>;
  idName: string;
  id: string;
  noteLabel: string;
}) {
  const t = useTranslations("staff.review");
  const message = useMessage();
  const [state, action, pending] = useActionState(serverAction, null);
  const failure = failureOf(state);
  const error = failure
    ? (failure.fieldErrors.note ?? failure.formError ?? Object.values(failure.fieldErrors)[0] ?? "errors.review.note")
    : undefined;
  return (
    <form action={action} className="mt-2 space-y-2">
      <input type="hidden" name={idName} value={id} />
      <Field id={`note-${id}`} label={noteLabel} error={message(error)}>
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
