"use client";
import { useActionState, useEffect, useRef, useState, startTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Region } from "@/lib/domain/regions";
import { PAYMENT_PERIODS } from "@/lib/domain/programs";
import { BPU_MIN_INCOME } from "@/lib/domain/contributions/bpu";
import { registerAction } from "@/lib/bpu-registration/actions";
import { OCCUPATIONS, PASSWORD_MIN_LENGTH, REGISTRATION_STEPS, validateStep, type FieldErrors } from "@/lib/bpu-registration/schema";
import type { RegistrationState } from "@/lib/bpu-registration/submit";
import { DistrictSelect, RegencySelect } from "@/components/ui/region-fields";
import { useHydrated } from "@/components/use-hydrated";
import { useMessage } from "@/components/use-message";
import { QuoteSummary } from "./quote-summary";
import { ReviewSummary } from "./review-summary";
import { FormAlert } from "@/components/ui/form-alert";

const STEP_KEYS = ["identity", "address", "income", "review"] as const;
const stepOfField = (field: string) =>
  Math.max(0, REGISTRATION_STEPS.findIndex((fields) => (fields as readonly string[]).includes(field)));

/**
 * Four steps in one form. Without JavaScript every step shows and the form
 * posts straight to the server action; with it, one step at a time, each
 * checked by the same zod schema the server uses before moving on.
 */
export function RegistrationForm({
  regencies,
  districts,
}: {
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
}) {
  const t = useTranslations();
  // Keys with values ("errors.tooManyRequests?seconds=600") as well as plain ones.
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<RegistrationState, FormData>(registerAction, { status: "idle" });
  const hydrated = useHydrated();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({ months: "1" });
  const [errors, setErrors] = useState<FieldErrors>({});

  // Server answers, adopted while rendering (not in an effect): errors go
  // back to the first step that has one.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "error") {
      setErrors(state.fieldErrors);
      const steps = Object.keys(state.fieldErrors).filter((f) => f !== "form").map(stepOfField);
      if (steps.length) setStep(Math.min(...steps));
    }
  }

  // Success signs the worker in with the password they just chose.
  const password = values.password;
  useEffect(() => {
    if (state.status !== "registered" || !hydrated) return;
    // A full navigation, so the header and every server component see the new session.
    void signIn("credentials", { identifier: state.nik, password, redirect: false }).then((result) =>
      window.location.assign(result?.ok ? "/daftar/selesai" : `/masuk?terdaftar=${state.kpj}`),
    );
    // The password is read once, when the server has answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, hydrated]);

  // Move focus only after the worker acted (next, back, errors), not on first load.
  const acted = useRef(false);
  useEffect(() => {
    if (!hydrated) return;
    if (!acted.current) {
      acted.current = true;
      return;
    }
    const firstInvalid = formRef.current?.querySelector<HTMLElement>(`fieldset[data-step="${step}"] :is([aria-invalid="true"], [data-invalid="true"])`);
    (firstInvalid ?? formRef.current?.querySelector<HTMLElement>(`fieldset[data-step="${step}"] legend`))?.focus();
  }, [step, errors, hydrated]);

  const read = () => Object.fromEntries(new FormData(formRef.current!)) as Record<string, string>;
  const error = (field: string) => message(errors[field]);

  function next() {
    const current = read();
    const found = validateStep(step, current);
    setErrors(found);
    if (Object.keys(found).length === 0) setStep(step + 1);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = read();
    const found = validateStep(REGISTRATION_STEPS.length - 1, current);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStep(Math.min(...Object.keys(found).map(stepOfField)));
      return;
    }
    startTransition(() => formAction(new FormData(formRef.current!)));
  }

  if (state.status === "registered" && !hydrated) {
    return <p role="status">{t("signIn.registered")}</p>;
  }

  const visible = (index: number) => !hydrated || index === step;
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={hydrated ? submit : undefined}
      onChange={() => setValues(read())}
      noValidate
      className="space-y-6"
    >
      {hydrated && (
        <p className="text-sm font-medium text-slate-600" aria-live="polite">
          {t("register.stepOf", { current: step + 1, total: STEP_KEYS.length })} · {t(`register.steps.${STEP_KEYS[step]}`)}
        </p>
      )}
      {errorCount > 0 && (
        <FormAlert>
          {errors.form ? error("form") : t("register.fixErrors", { count: errorCount })}
        </FormAlert>
      )}

      <fieldset data-step={0} hidden={!visible(0)} className="space-y-4">
        <legend tabIndex={-1} className="mb-2 text-lg font-semibold">
          {t("register.steps.identity")}
        </legend>
        <Field id="nik" label={t("register.fields.nik")} error={error("nik")}>
          {(p) => <input {...p} name="nik" inputMode="numeric" autoComplete="off" maxLength={20} />}
        </Field>
        <Field id="name" label={t("register.fields.name")} error={error("name")}>
          {(p) => <input {...p} name="name" autoComplete="name" maxLength={100} />}
        </Field>
        <Field id="birthPlace" label={t("register.fields.birthPlace")} error={error("birthPlace")}>
          {(p) => <input {...p} name="birthPlace" maxLength={60} />}
        </Field>
        <Field id="birthDate" label={t("register.fields.birthDate")} error={error("birthDate")}>
          {(p) => <input {...p} name="birthDate" type="date" autoComplete="bday" />}
        </Field>
        <fieldset aria-describedby={errors.gender ? "gender-error" : undefined}>
          <legend className="font-medium">{t("register.fields.gender")}</legend>
          <div className="mt-1 flex gap-4">
            {(["M", "F"] as const).map((g) => (
              <label key={g} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="gender" value={g} className="size-5" data-invalid={Boolean(errors.gender)} />
                {t(`register.fields.gender${g}`)}
              </label>
            ))}
          </div>
          {errors.gender && (
            <p id="gender-error" className="text-sm font-medium text-red-700">
              {error("gender")}
            </p>
          )}
        </fieldset>
        <Field id="phone" label={t("register.fields.phone")} hint={t("register.fields.phoneHint")} error={error("phone")}>
          {(p) => <input {...p} name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />}
        </Field>
        <Field id="email" label={t("register.fields.email")} error={error("email")}>
          {(p) => <input {...p} name="email" type="email" autoComplete="email" maxLength={120} />}
        </Field>
      </fieldset>

      <fieldset data-step={1} hidden={!visible(1)} className="space-y-4">
        <legend tabIndex={-1} className="mb-2 text-lg font-semibold">
          {t("register.steps.address")}
        </legend>
        <RegencySelect regencies={regencies} error={error("regencyCode")} />
        <DistrictSelect districts={districts} regencyCode={values.regencyCode} error={error("districtCode")} />
        <Field id="address" label={t("register.fields.address")} error={error("address")}>
          {(p) => <textarea {...p} name="address" rows={2} maxLength={200} autoComplete="street-address" />}
        </Field>
        <Field id="occupation" label={t("register.fields.occupation")} error={error("occupation")}>
          {(p) => (
            <select {...p} name="occupation" defaultValue="">
              <option value="">{t("register.fields.choose")}</option>
              {OCCUPATIONS.map((o) => (
                <option key={o} value={o}>
                  {t(`register.occupations.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset data-step={2} hidden={!visible(2)} className="space-y-4">
        <legend tabIndex={-1} className="mb-2 text-lg font-semibold">
          {t("register.steps.income")}
        </legend>
        <Field id="income" label={t("register.fields.income")} hint={t("register.fields.incomeHint", { min: BPU_MIN_INCOME })} error={error("income")}>
          {(p) => <input {...p} name="income" inputMode="numeric" placeholder="1.000.000" maxLength={16} />}
        </Field>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="jht" value="true" className="mt-1 size-5" aria-describedby="jht-hint" />
          <span>
            <span className="font-medium">{t("register.fields.jht")}</span>
            <span id="jht-hint" className="block text-sm text-slate-600">
              {t("register.fields.jhtHint")}
            </span>
          </span>
        </label>
        <Field id="months" label={t("register.fields.months")} error={error("months")}>
          {(p) => (
            <select {...p} name="months" defaultValue="1">
              {PAYMENT_PERIODS.map((m) => (
                <option key={m} value={m}>
                  {t("register.fields.monthsOption", { months: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {hydrated && step === 2 && <QuoteSummary income={values.income ?? ""} jht={values.jht === "true"} months={values.months ?? "1"} />}
      </fieldset>

      <fieldset data-step={3} hidden={!visible(3)} className="space-y-4">
        <legend tabIndex={-1} className="mb-2 text-lg font-semibold">
          {t("register.steps.review")}
        </legend>
        {hydrated && step === 3 && <ReviewSummary values={values} regencies={regencies} districts={districts} onEdit={setStep} />}
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="consent"
            className="mt-1 size-5 shrink-0"
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={errors.consent ? "consent-error" : undefined}
          />
          <span className="text-sm">{t("register.fields.consent")}</span>
        </label>
        {errors.consent && (
          <p id="consent-error" className="text-sm font-medium text-red-700">
            {error("consent")}
          </p>
        )}
        <Field id="password" label={t("register.fields.password")} hint={t("register.fields.passwordHint", { min: PASSWORD_MIN_LENGTH })} error={error("password")}>
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" maxLength={128} />}
        </Field>
        <Field id="passwordConfirm" label={t("register.fields.passwordConfirm")} error={error("passwordConfirm")}>
          {(p) => <input {...p} name="passwordConfirm" type="password" autoComplete="new-password" maxLength={128} />}
        </Field>
      </fieldset>

      <div className="flex gap-3">
        {hydrated && step > 0 && (
          <Button type="button" variant="secondary" onClick={() => setStep(step - 1)}>
            {t("register.back")}
          </Button>
        )}
        {hydrated && step < STEP_KEYS.length - 1 ? (
          <Button type="button" onClick={next} className="flex-1">
            {t("register.next")}
          </Button>
        ) : (
          <Button type="submit" disabled={pending || state.status === "registered"} className="flex-1">
            {pending || state.status === "registered" ? t("register.submitting") : t("register.submit")}
          </Button>
        )}
      </div>
      {!hydrated && <p className="text-sm text-slate-600">{t("register.noJs")}</p>}
    </form>
  );
}
