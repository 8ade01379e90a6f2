"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { uploadSettlementAction } from "@/lib/reconciliation/actions";
import { FormAlert } from "@/components/ui/form-alert";

export function SettlementUploadForm() {
  const t = useTranslations("staff.reconciliation");
  const message = useMessage();
  const [state, action, pending] = useActionState(uploadSettlementAction, null);
  const failure = failureOf(state);
  // One message at a time, the date's first, as the form read before.
  const error = failure && (failure.fieldErrors.businessDate ?? failure.fieldErrors.file ?? failure.formError);
  return (
    <form action={action} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <Field id="businessDate" label={t("businessDate")}>
        {(p) => <input {...p} type="date" name="businessDate" required defaultValue={failure?.values?.businessDate?.slice(0, 10)} />}
      </Field>
      <label className="block">
        <span className="font-medium">{t("file")}</span>
        <input type="file" name="file" accept=".csv" required className="mt-1 block w-full text-sm" />
      </label>
      {error && <FormAlert>{message(error)}</FormAlert>}
      <Button type="submit" disabled={pending}>
        {t("upload")}
      </Button>
    </form>
  );
}
