"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/validation/field-errors";

export type WorkerDraft = { key: number; nik: string; name: string; birthPlace: string; birthDate: string; gender: string; wage: string };

let nextKey = 1;
export const emptyWorker = (): WorkerDraft => ({ key: nextKey++, nik: "", name: "", birthPlace: "", birthDate: "", gender: "", wage: "" });

/** The rows as the server schema reads them (without the editor's keys, and without wages where none apply). */
export function workerPayload(workers: WorkerDraft[], withWage: boolean) {
  return workers.map(({ key: _key, wage, ...w }) => (withWage ? { ...w, wage } : w));
}

/** A list of workers typed in by hand: add, remove, and each row's errors at its fields. */
export function WorkerRowsEditor({
  workers,
  onChange,
  errors,
  withWage,
  message,
  wageWarnings,
}: {
  workers: WorkerDraft[];
  onChange: (workers: WorkerDraft[]) => void;
  errors: Record<number, FieldErrors> | undefined;
  withWage: boolean;
  message: (value?: string) => string | undefined;
  /** Per row index: a note on the wage that does not stop the save (below the UMK at a micro or small business). */
  wageWarnings?: Record<number, string | undefined>;
}) {
  const t = useTranslations();
  const fields = [
    "nik",
    "name",
    "birthPlace",
    "birthDate",
    "gender",
    ...(withWage ? ["wage"] : []),
  ] as const as readonly (keyof WorkerDraft)[];
  const update = (key: number, field: keyof WorkerDraft, value: string) =>
    onChange(workers.map((w) => (w.key === key ? { ...w, [field]: value } : w)));
  return (
    <div className="space-y-4">
      {workers.map((worker, index) => (
        <div key={worker.key} className="space-y-3 rounded-xl border border-slate-200 bg-white p-3" data-testid="worker-row">
          <div className="flex items-center justify-between">
            <p className="font-medium">{t("officer.enroll.workerN", { index: index + 1 })}</p>
            <button
              type="button"
              className="text-sm text-red-700 underline"
              onClick={() => onChange(workers.filter((w) => w.key !== worker.key))}
            >
              {t("officer.enroll.removeWorker", { index: index + 1 })}
            </button>
          </div>
          {fields.map((field) => {
            const id = `worker-${worker.key}-${field}`;
            const label = field === "wage" ? t("officer.client.wage") : t(`register.fields.${field as "nik"}`);
            return (
              <Field
                key={field}
                id={id}
                label={label}
                error={message(errors?.[index]?.[field])}
                hint={
                  field === "wage" && wageWarnings?.[index] ? (
                    <span className="text-amber-800" data-testid="wage-warning">
                      {message(wageWarnings[index])}
                    </span>
                  ) : undefined
                }
              >
                {(p) =>
                  field === "gender" ? (
                    <select {...p} value={worker.gender} onChange={(e) => update(worker.key, "gender", e.target.value)}>
                      <option value="">{t("register.fields.choose")}</option>
                      <option value="M">{t("register.fields.genderM")}</option>
                      <option value="F">{t("register.fields.genderF")}</option>
                    </select>
                  ) : (
                    <input
                      {...p}
                      type={field === "birthDate" ? "date" : "text"}
                      inputMode={field === "nik" || field === "wage" ? "numeric" : undefined}
                      value={worker[field]}
                      onChange={(e) => update(worker.key, field, e.target.value)}
                    />
                  )
                }
              </Field>
            );
          })}
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => onChange([...workers, emptyWorker()])}>
        {t("officer.enroll.addWorker")}
      </Button>
    </div>
  );
}
