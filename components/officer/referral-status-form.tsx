"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { updateReferralStatusAction } from "@/lib/credit/actions";
import { REFERRAL_STATUSES, type ReferralStatus } from "@/lib/credit/schema";

/** The follow-up of one referral; a change that did not go through says why, in place. */
export function ReferralStatusForm({ referralId, status }: { referralId: string; status: ReferralStatus }) {
  const t = useTranslations("officer.credit");
  const message = useMessage();
  const [state, action, pending] = useActionState(updateReferralStatusAction, null);
  const failure = failureOf(state);
  const error = failure && (failure.formError ?? Object.values(failure.fieldErrors)[0]);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="referralId" value={referralId} />
      <label className="text-sm">
        <span className="block font-medium">{t("status")}</span>
        <select name="status" defaultValue={status} className="min-h-11 rounded-lg border border-slate-400 bg-white px-2">
          {REFERRAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 font-semibold">
        {t("update")}
      </button>
      {error && <FormAlert>{message(error)}</FormAlert>}
    </form>
  );
}
