"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import type { UploadEvent } from "@/lib/spreadsheets/upload-check";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { MAX_UPLOAD_MB } from "@/lib/validation/upload";

/** What every sheet check reports (lib/spreadsheets/upload-check.ts); kinds add their own counts and notes. */
type Report = {
  batchId: string;
  counts: Record<string, number> & { total: number; skip: number; error: number };
  errors: { rowNumber: number; errors: FieldErrors }[];
  warnings?: { rowNumber: number; warnings: FieldErrors }[];
  /** What the list costs against a budget, where there is one (a sponsor's programme). */
  budget?: { needed: number; remaining: number } | null;
};
type Checked = Extract<UploadEvent<Report>, { type: "checked" }>;
type Stage =
  | { name: "idle"; error?: string }
  | { name: "checking"; done: number; total: number }
  | { name: "checked"; result: Checked; error?: string }
  | { name: "saving"; result: Checked }
  | { name: "saved"; count: number };

/** The texts of one kind of import: "officer.import" (workers) or "sponsor.import" (beneficiaries), the same keys. */
type Namespace = "officer.import" | "sponsor.import";

/**
 * Upload → progress while every row is checked → report → confirm → saved. `allOrNothing`: a list with any row to
 * fix cannot be saved at all (a sponsor's list); otherwise the valid rows are saved and the rest reported.
 */
export function SheetImportWizard<Saved extends { count: number }>({
  namespace,
  checkUrl,
  templateUrl,
  reportUrl,
  save,
  allOrNothing = false,
  children,
}: {
  namespace: Namespace;
  checkUrl: string;
  /** The template's address without its format (…/csv, …/xlsx). */
  templateUrl: string;
  /** The error report's address, with `{batchId}` in it. */
  reportUrl: string;
  save: (state: ActionState<Saved>, form: FormData) => Promise<ActionResult<Saved>>;
  allOrNothing?: boolean;
  /** The form's other fields (a programme's first month). */
  children?: React.ReactNode;
}) {
  const ti = useTranslations(namespace);
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const message = useMessage();

  async function check(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStage({ name: "checking", done: 0, total: 0 });
    const response = await fetch(checkUrl, { method: "POST", body: new FormData(event.currentTarget) }).catch(() => undefined);
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
          const e = JSON.parse(line) as UploadEvent<Report>;
          if (e.type === "progress") setStage({ name: "checking", done: e.done, total: e.total });
          if (e.type === "invalid") return setStage({ name: "idle", error: e.error });
          if (e.type === "checked") return setStage({ name: "checked", result: e });
        }
      }
    } catch {
      // The connection broke mid-check: fall through to the message below.
    }
    // The stream ended without a verdict: never leave the uploader on "checking".
    setStage({ name: "idle", error: "errors.unexpected" });
  }

  async function confirm(result: Checked) {
    setStage({ name: "saving", result });
    const form = new FormData();
    form.set("batchId", result.batchId);
    const saved = await save(null, form);
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
    const { counts, errors, warnings = [], batchId, budget } = stage.result;
    const toSave = counts.total - counts.skip - counts.error;
    const blocked = allOrNothing && counts.error > 0;
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-white p-3 shadow-sm" data-testid="import-summary">
          {ti("summary", { ...counts })}
          {budget && <span className="block">{ti("budget", budget)}</span>}
        </p>
        {errors.length > 0 && (
          <RowSection
            id="import-errors"
            title={ti("errorsTitle")}
            rowLabel={(row) => ti("row", { row })}
            rows={errors.map((row) => ({ rowNumber: row.rowNumber, messages: row.errors }))}
          >
            {counts.error > errors.length && <p className="text-sm">{ti("moreErrors", { count: counts.error - errors.length })}</p>}
            <a
              href={reportUrl.replace("{batchId}", batchId)}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              {ti("report")}
            </a>
          </RowSection>
        )}
        {warnings.length > 0 && (
          <RowSection
            id="import-warnings"
            title={ti("warningsTitle")}
            className="rounded-lg bg-amber-50 p-3"
            rowLabel={(row) => ti("row", { row })}
            rows={warnings.map((row) => ({ rowNumber: row.rowNumber, messages: row.warnings }))}
          />
        )}
        {stage.name === "checked" && stage.error && <FormAlert>{message(stage.error)}</FormAlert>}
        <div className="flex flex-wrap gap-3">
          {blocked ? (
            <p>{ti("fixFirst")}</p>
          ) : toSave > 0 ? (
            <Button type="button" disabled={stage.name === "saving"} onClick={() => confirm(stage.result)}>
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
        <a href={`${templateUrl}/csv`} download className="font-semibold text-brand-700 underline">
          {ti("templateCsv")}
        </a>
        <a href={`${templateUrl}/xlsx`} download className="font-semibold text-brand-700 underline">
          {ti("templateXlsx")}
        </a>
      </div>
      {children}
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

/** A titled list of rows, "Baris 4: …" each with its messages translated (the list's test id is the section's id). */
function RowSection({
  id,
  title,
  rows,
  rowLabel,
  className = "",
  children,
}: {
  id: string;
  title: string;
  rows: { rowNumber: number; messages: FieldErrors }[];
  rowLabel: (row: number) => string;
  className?: string;
  children?: React.ReactNode;
}) {
  const message = useMessage();
  return (
    <section aria-labelledby={id} className={`space-y-2 ${className}`}>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      <ul className="space-y-1 text-sm" data-testid={id}>
        {rows.map((row) => (
          <li key={row.rowNumber}>
            <span className="font-medium">{rowLabel(row.rowNumber)}:</span> {Object.values(row.messages).map(message).join(" ")}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
