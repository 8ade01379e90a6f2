"use client";
import { useActionState, useState, startTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/use-message";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { registerProjectAction } from "@/lib/jakon-projects/actions";
import { projectSchema } from "@/lib/jakon-projects/schema";
import { rowErrorsOf, type ActionState } from "@/lib/actions/result";
import { useCheckedForm } from "@/components/use-checked-form";
import { currentPeriod } from "@/lib/domain/billing-period";
import { calculateJakonContribution } from "@/lib/domain/contributions/jakon";
import { formatRupiah, parseRupiahInput } from "@/lib/domain/money";
import type { Region } from "@/lib/domain/regions";
import { WorkerRowsEditor, emptyWorker, workerPayload, type WorkerDraft } from "./worker-rows-editor";
import { RegencySelect } from "@/components/ui/region-fields";

export function ProjectForm({ contractors, regencies }: { contractors: { id: string; name: string }[]; regencies: readonly Region[] }) {
  const t = useTranslations();
  const tp = useTranslations("officer.projects");
  const [state, action, pending] = useActionState<ActionState<{ projectId: string; workers: number }>, FormData>(
    registerProjectAction,
    null,
  );
  const [contractValue, setContractValue] = useState("");
  const [workers, setWorkers] = useState<WorkerDraft[]>([emptyWorker()]);
  const { fieldErrors, formError, hasErrors, check } = useCheckedForm(state, projectSchema);
  const message = useMessage();
  const error = (field: string) => message(fieldErrors[field]);
  // The server prices by the project's first month; before a start date is chosen, by this month's tiers.
  const quote = calculateJakonContribution({ contractValue: parseRupiahInput(contractValue), period: currentPeriod() });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("workers", JSON.stringify(workerPayload(workers, false)));
    if (!check(data)) return;
    startTransition(() => action(data));
  }

  const input = (name: string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <TextField name={name} label={label} error={error(name)} {...extra} />
  );
  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {hasErrors && <FormAlert>{message(formError) ?? t("officer.enroll.fixErrors")}</FormAlert>}
      <Field id="contractorId" label={tp("contractor")} error={error("contractorId")}>
        {(p) => (
          <select {...p} name="contractorId" defaultValue="">
            <option value="">{t("register.fields.choose")}</option>
            {contractors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {input("name", tp("name"), { maxLength: 150 })}
      {input("workPackage", tp("workPackage"), { maxLength: 150 })}
      <Field id="contractValue" label={tp("contractValue")} error={error("contractValue")}>
        {(p) => (
          <input {...p} name="contractValue" inputMode="numeric" value={contractValue} onChange={(e) => setContractValue(e.target.value)} />
        )}
      </Field>
      {quote.ok && (
        <p className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="jakon-quote">
          {tp("contribution")}: {quote.value.lines.map((l) => `${l.program} ${formatRupiah(l.amount)}`).join(" + ")} ={" "}
          <strong>{formatRupiah(quote.value.total)}</strong>
        </p>
      )}
      {input("startDate", tp("start"), { type: "date" })}
      {input("endDate", tp("end"), { type: "date" })}
      <RegencySelect regencies={regencies} label={tp("regency")} error={error("regencyCode")} />
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{tp("workers")}</legend>
        <WorkerRowsEditor
          workers={workers}
          onChange={setWorkers}
          errors={rowErrorsOf(fieldErrors, "workers")}
          withWage={false}
          message={message}
        />
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("officer.enroll.submitting") : tp("submit")}
      </Button>
    </form>
  );
}
