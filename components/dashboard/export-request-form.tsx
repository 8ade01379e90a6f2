"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { requestExportAction } from "@/lib/exports/actions";

/** Asks a worker to build a large export with the list's filters (hidden fields: the same view). */
export function ExportRequestForm({ filters, rows }: { filters: Record<string, string | undefined>; rows: number }) {
  const t = useTranslations("staff.exports");
  const locale = useLocale();
  const message = useMessage();
  const [state, action, pending] = useActionState(requestExportAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-2" data-testid="export-request">
      {Object.entries(filters).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-slate-700">{t("large", { rows: rows.toLocaleString("id-ID") })}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="format" value="csv" variant="secondary" disabled={pending}>
          {t("prepareCsv")}
        </Button>
        <Button type="submit" name="format" value="xlsx" variant="secondary" disabled={pending}>
          {t("prepareXlsx")}
        </Button>
      </div>
      {failure && <FormAlert>{message(failure.formError ?? Object.values(failure.fieldErrors)[0])}</FormAlert>}
    </form>
  );
}
