"use client";
import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useCheckedForm } from "@/components/use-checked-form";
import { useMessage } from "@/components/use-message";
import { rowErrorsOf, type ActionState } from "@/lib/actions/result";
import { parseRupiahInput } from "@/lib/domain/money";
import type { UmkmScale } from "@/lib/domain/umkm";
import { addWorkersAction } from "@/lib/employer/actions";
import { addWorkersSchema } from "@/lib/pu-enrollment/add-workers-schema";
import { wageProblem } from "@/lib/pu-enrollment/minimum-wage";
import { WorkerRowsEditor, emptyWorker, workerPayload, type WorkerDraft } from "./worker-rows-editor";

/** One worker (or a few) added to a client by hand: the officer's and the owner's form, one action. */
export function AddWorkersForm({ company }: { company: { id: string; regencyCode: string; scale: UmkmScale } }) {
  const t = useTranslations("officer.addWorkers");
  const [state, action, pending] = useActionState<ActionState<{ companyId: string; added: number }>, FormData>(addWorkersAction, null);
  const [workers, setWorkers] = useState<WorkerDraft[]>([emptyWorker()]);
  const [added, setAdded] = useState<number | null>(null);
  const { fieldErrors, formError, hasErrors, check } = useCheckedForm(state, addWorkersSchema);
  const message = useMessage();
  // A saved list starts over empty; what was added is said once.
  if (state?.ok && added !== state.data.added) {
    setAdded(state.data.added);
    setWorkers([emptyWorker()]);
  }
  const wageWarnings = Object.fromEntries(
    workers.map((w, index) => {
      const wage = parseRupiahInput(w.wage);
      const problem = Number.isSafeInteger(wage) && wage > 0 ? wageProblem({ wage }, company) : null;
      return [index, problem?.kind === "warning" ? problem.message : undefined];
    }),
  );

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("workers", JSON.stringify(workerPayload(workers, true)));
    setAdded(null);
    if (!check(data)) return;
    startTransition(() => action(data));
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="add-workers">
      <input type="hidden" name="companyId" value={company.id} />
      {hasErrors && <FormAlert>{message(formError ?? fieldErrors.workers) ?? t("fixErrors")}</FormAlert>}
      {state?.ok && added !== null && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {t("added", { count: added })}
        </p>
      )}
      <WorkerRowsEditor
        workers={workers}
        onChange={setWorkers}
        errors={rowErrorsOf(fieldErrors, "workers")}
        withWage
        message={message}
        wageWarnings={wageWarnings}
      />
      <Button type="submit" disabled={pending || workers.length === 0} className="w-full sm:w-auto">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
