"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/use-message";
import { saveImportAction } from "@/lib/worker-import/actions";
import type { ImportEvent } from "@/lib/worker-import/events";
import { MAX_UPLOAD_MB } from "@/lib/validation/upload";
import { FormAlert } from "@/components/ui/form-alert";
import type { FieldErrors } from "@/lib/validation/field-errors";

type Checked = Extract<ImportEvent, { type: "checked" }>;
type Stage =
  | { name: "idle"; error?: string }
  | { name: "checking"; done: number; total: number }
  | { name: "checked"; result: Checked; error?: string }
  | { name: "saving"; result: Checked }
  | { name: "saved"; count: number };

/** Upload → progress while every row is checked → report → confirm → saved. */
export function ImportWizard({ companyId }: { companyId: string }) {
  const ti = useTranslations("officer.import");
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const message = useMessage();

  async function check(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStage({ name: "checking", done: 0, total: 0 });
    const response = await fetch(`/bank/klien/${companyId}/impor/periksa`, {
      method: "POST",
      body: new FormData(event.currentTarget),
    }).catch(() => undefined);
    if (!response?.ok || !response.body) return setStage({ name: "idle", error: "errors.unexpected" });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const e = JSON.parse(line) as ImportEvent;
          if (e.type === "progress") setStage({ name: "checking", done: e.done, total: e.total });
          if (e.type === "invalid") return setStage({ name: "idle", error: e.error });
          if (e.type === "checked") return setStage({ name: "checked", result: e });
        }
      }
    } catch {
      // The connection broke mid-check: fall through to the message below.
    }
    // The stream ended without a verdict: never leave the officer on "checking".
    setStage({ name: "idle", error: "errors.unexpected" });
  }

  async function save(result: Checked) {
    setStage({ name: "saving", result });
    const form = new FormData();
    form.set("batchId", result.batchId);
    const saved = await saveImportAction(null, form);
    setStage(
      saved.ok
        ? { name: "saved", count: saved.data.count }
        : { name: "checked", result, error: saved.formError ?? saved.fieldErrors.batchId ?? "errors.unexpected" },
    );
  }

  if (stage.name === "saved") {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {ti("saved", { count: stage.count })}
        </p>
        <Button type="button" variant="secondary" onClick={() => setStage({ name: "idle" })}>
          {ti("again")}
        </Button>
      </div>
    );
  }

  if (stage.name === "checked" || stage.name === "saving") {
    const { counts, errors, warnings, batchId } = stage.result;
    const toSave = counts.new + counts.link;
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-white p-3 shadow-sm" data-testid="import-summary">
          {ti("summary", { ...counts })}
        </p>
        {errors.length > 0 && (
          <section aria-labelledby="import-errors" className="space-y-2">
            <h2 id="import-errors" className="font-semibold">
              {ti("errorsTitle")}
            </h2>
            <RowMessages testId="import-errors" rows={errors.map((row) => ({ rowNumber: row.rowNumber, messages: row.errors }))} />
            {counts.error > errors.length && <p className="text-sm">{ti("moreErrors", { count: counts.error - errors.length })}</p>}
            <a href={`/bank/impor/${batchId}/laporan`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              {ti("report")}
            </a>
          </section>
        )}
        {warnings.length > 0 && (
          <section aria-labelledby="import-warnings" className="space-y-2 rounded-lg bg-amber-50 p-3">
            <h2 id="import-warnings" className="font-semibold">
              {ti("warningsTitle")}
            </h2>
            <RowMessages testId="import-warnings" rows={warnings.map((row) => ({ rowNumber: row.rowNumber, messages: row.warnings }))} />
          </section>
        )}
        {stage.name === "checked" && stage.error && <FormAlert>{message(stage.error)}</FormAlert>}
        <div className="flex flex-wrap gap-3">
          {toSave > 0 ? (
            <Button type="button" disabled={stage.name === "saving"} onClick={() => save(stage.result)}>
              {stage.name === "saving" ? ti("saving", { count: toSave }) : ti("confirm", { count: toSave })}
            </Button>
          ) : (
            <p>{ti("nothingToSave")}</p>
          )}
          <Button type="button" variant="secondary" onClick={() => setStage({ name: "idle" })}>
            {ti("again")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={check} className="space-y-3">
      <div className="flex flex-wrap gap-4 text-sm">
        <a href="/bank/impor/templat/csv" download className="font-semibold text-brand-700 underline">
          {ti("templateCsv")}
        </a>
        <a href="/bank/impor/templat/xlsx" download className="font-semibold text-brand-700 underline">
          {ti("templateXlsx")}
        </a>
      </div>
      <label className="block">
        <span className="font-medium">{ti("file", { mb: MAX_UPLOAD_MB })}</span>
        <input type="file" name="file" required accept=".csv,.xlsx" className="mt-1 block w-full text-sm" />
      </label>
      {stage.name === "idle" && stage.error && <FormAlert>{message(stage.error)}</FormAlert>}
      {stage.name === "checking" && (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress max={stage.total || 1} value={stage.done} className="w-full" />
          <p className="text-sm">{stage.total ? ti("checking", { done: stage.done, total: stage.total }) : ti("uploading")}</p>
        </div>
      )}
      <Button type="submit" disabled={stage.name === "checking"}>
        {ti("check")}
      </Button>
    </form>
  );
}

/** "Baris 4: …" for each row, its messages translated. */
function RowMessages({ rows, testId }: { rows: { rowNumber: number; messages: FieldErrors }[]; testId: string }) {
  const ti = useTranslations("officer.import");
  const message = useMessage();
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.rowNumber}>
          <span className="font-medium">{ti("row", { row: row.rowNumber })}:</span> {Object.values(row.messages).map(message).join(" ")}
        </li>
      ))}
    </ul>
  );
}
