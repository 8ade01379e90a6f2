"use client";
import { useActionState, useState, startTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/use-message";
import { wageProblem } from "@/lib/pu-enrollment/minimum-wage";
import { WorkerRowsEditor, emptyWorker, workerPayload, type WorkerDraft } from "./worker-rows-editor";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { calculatePuContribution, riskClassForKbli, RISK_CLASSES, sumPuContributions } from "@/lib/domain/contributions/pu";
import { currentPeriod } from "@/lib/domain/billing-period";
import { formatRupiah, parseRupiahInput } from "@/lib/domain/money";
import type { Region } from "@/lib/domain/regions";
import { umkmScale } from "@/lib/domain/umkm";
import { enrollUmkmAction } from "@/lib/umkm-enrollment/actions";
import { umkmEnrollmentSchema } from "@/lib/umkm-enrollment/schema";
import { rowErrorsOf, type ActionState } from "@/lib/actions/result";
import { useCheckedForm } from "@/components/use-checked-form";
import { DistrictSelect, RegencySelect } from "@/components/ui/region-fields";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { jpIncludedFor } from "@/lib/domain/company-programs";

/** Business, owner and workers in one form, checked by the schema the server action uses. */
export function UmkmEnrollmentForm({ regencies, districts }: { regencies: readonly Region[]; districts: Record<string, Region[]> }) {
  const t = useTranslations();
  const te = useTranslations("officer.enroll");
  const [state, action, pending] = useActionState<ActionState<{ companyId: string; npp: string }>, FormData>(enrollUmkmAction, null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [workers, setWorkers] = useState<WorkerDraft[]>([emptyWorker()]);
  const { fieldErrors, formError, hasErrors, check } = useCheckedForm(state, umkmEnrollmentSchema);
  const message = useMessage();
  const error = (field: string) => message(fieldErrors[field]);

  const scale = umkmScale({
    capital: values.capital ? parseRupiahInput(values.capital) : undefined,
    annualTurnover: values.annualTurnover ? parseRupiahInput(values.annualTurnover) : undefined,
  });
  // Below the UMK: refused for medium and large businesses (the schema says so), a note for micro and small ones.
  const wageWarnings = Object.fromEntries(
    workers.map((w, index) => {
      const wage = parseRupiahInput(w.wage);
      const problem =
        scale.ok && values.regencyCode && Number.isSafeInteger(wage) && wage > 0
          ? wageProblem({ wage }, { regencyCode: values.regencyCode, scale: scale.value.scale })
          : null;
      return [index, problem?.kind === "warning" ? problem.message : undefined];
    }),
  );
  const suggestedRisk = values.kbli ? riskClassForKbli(values.kbli.trim()) : undefined;
  const riskClass = Number(values.riskClass || suggestedRisk || 0);
  const preview =
    scale.ok && riskClass
      ? sumPuContributions(
          workers.flatMap((w) => {
            const r = calculatePuContribution({
              wage: parseRupiahInput(w.wage),
              riskClass,
              scale: scale.value.scale,
              period: currentPeriod(),
              includeJp: jpIncludedFor(scale.value.scale, values.jpIncluded === "true"),
            });
            return r.ok ? [r.value] : [];
          }),
        )
      : undefined;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("workers", JSON.stringify(workerPayload(workers, true)));
    if (!check(data)) return;
    startTransition(() => action(data));
  }

  const input = (name: string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <TextField name={name} label={label} error={error(name)} {...extra} />
  );

  return (
    <form
      onSubmit={submit}
      onChange={(e) => setValues(Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>)}
      className="space-y-8"
      noValidate
    >
      {hasErrors && <FormAlert>{message(formError) ?? te("fixErrors")}</FormAlert>}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{te("business")}</legend>
        {input("businessName", te("businessName"), { maxLength: 120 })}
        {input("nib", te("nib"), { inputMode: "numeric", maxLength: 20 })}
        {input("npwp", te("npwp"), { maxLength: 25 })}
        {input("kbli", te("kbli"), { inputMode: "numeric", maxLength: 5 })}
        <RegencySelect regencies={regencies} error={error("regencyCode")} />
        <DistrictSelect districts={districts} regencyCode={values.regencyCode} error={error("districtCode")} />
        <Field id="address" label={t("register.fields.address")} error={error("address")}>
          {(p) => <textarea {...p} name="address" rows={2} maxLength={200} />}
        </Field>
        {input("annualTurnover", te("turnover"), { inputMode: "numeric" })}
        {input("capital", te("capital"), { inputMode: "numeric" })}
        {scale.ok && (
          <p className="text-sm font-medium" data-testid="umkm-scale">
            {te("scaleIs", { scale: t(`officer.scale.${scale.value.scale}`) })}
          </p>
        )}
        <Field
          id="riskClass"
          label={te("riskClass")}
          hint={suggestedRisk ? te("riskSuggested", { risk: t(`officer.riskClass.${suggestedRisk}`) }) : undefined}
          error={error("riskClass")}
        >
          {(p) => (
            <select {...p} name="riskClass" value={values.riskClass || String(suggestedRisk ?? "")} onChange={() => {}}>
              <option value="">{t("register.fields.choose")}</option>
              {RISK_CLASSES.map((r) => (
                <option key={r} value={r}>
                  {t(`officer.riskClass.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckboxField name="jpIncluded" label={te("jpIncluded")} hint={te("jpHint")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{te("owner")}</legend>
        {input("ownerNik", t("register.fields.nik"), { inputMode: "numeric", maxLength: 20 })}
        {input("ownerName", t("register.fields.name"), { maxLength: 100 })}
        {input("ownerBirthPlace", t("register.fields.birthPlace"), { maxLength: 60 })}
        {input("ownerBirthDate", t("register.fields.birthDate"), { type: "date" })}
        <Field id="ownerGender" label={t("register.fields.gender")} error={error("ownerGender")}>
          {(p) => (
            <select {...p} name="ownerGender" defaultValue="">
              <option value="">{t("register.fields.choose")}</option>
              <option value="M">{t("register.fields.genderM")}</option>
              <option value="F">{t("register.fields.genderF")}</option>
            </select>
          )}
        </Field>
        {input("ownerPhone", t("register.fields.phone"), { type: "tel", inputMode: "tel", maxLength: 20 })}
        {input("ownerIncome", te("ownerIncome"), { inputMode: "numeric" })}
        <label className="flex items-center gap-3">
          <input type="checkbox" name="ownerJht" value="true" className="size-5" />
          <span className="font-medium">{te("ownerJht")}</span>
        </label>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{te("workers")}</legend>
        <WorkerRowsEditor
          workers={workers}
          onChange={setWorkers}
          errors={rowErrorsOf(fieldErrors, "workers")}
          withWage
          message={message}
          wageWarnings={wageWarnings}
        />
        {preview?.ok && (
          <p className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="enroll-preview">
            {t("officer.client.contribution")}: {formatRupiah(preview.value.monthlyTotal)} ({t("officer.client.employer")}{" "}
            {formatRupiah(preview.value.employerTotal)}, {t("officer.client.worker")} {formatRupiah(preview.value.workerTotal)})
          </p>
        )}
      </fieldset>

      <Button type="submit" disabled={pending} className="w-full">
        {pending ? te("submitting") : te("submit")}
      </Button>
    </form>
  );
}
