"use client";
import { useActionState, useEffect, useRef, useState, startTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Region } from "@/lib/domain/regions";
import { registerAction } from "@/lib/bpu-registration/actions";
import type { FieldErrors } from "@/lib/bpu-registration/schema";
import { REGISTRATION_STEPS } from "@/lib/bpu-registration/steps";
import type { ActionState } from "@/lib/actions/result";
import { useHydrated } from "@/components/use-hydrated";
import { useMessage } from "@/components/use-message";
import { FormAlert } from "@/components/ui/form-alert";
import { AddressStep } from "./address-step";
import { IdentityStep } from "./identity-step";
import { IncomeStep } from "./income-step";
import { ReviewStep } from "./review-step";
import { STEP_KEYS } from "./step-fieldset";
import { useDraft } from "./use-draft";
import { useNikCheck } from "./use-nik-check";
import { useStepFocus } from "./use-step-focus";
import { useFunnelSteps, type Arrival } from "./use-funnel-steps";

/** What the form holds before anything is typed. */
const INITIAL_VALUES: Record<string, string> = { months: "1" };

const lastStep = STEP_KEYS.length - 1;

type Checks = typeof import("@/lib/bpu-registration/schema");
let checks: Promise<Checks> | undefined;
/** The checks once they have arrived: a step is then checked without waiting. */
let loaded: Checks | undefined;

/**
 * The checks the server runs too (the zod schema with the NIK, phone and region rules: most of the form's script),
 * fetched once the worker starts filling in the form rather than with the page, so a cheap phone shows and answers
 * the form sooner (issue 17.7). A failed fetch is tried again next time.
 */
function loadChecks() {
  checks ??= import("@/lib/bpu-registration/schema").then(
    (schema) => (loaded = schema),
    (error: unknown) => {
      checks = undefined;
      throw error;
    },
  );
  return checks;
}

const stepOfField = (field: string) =>
  Math.max(
    0,
    REGISTRATION_STEPS.findIndex((fields) => (fields as readonly string[]).includes(field)),
  );

/**
 * Four steps in one form. Without JavaScript every step shows and the form
 * posts straight to the server action; with it, one step at a time, each
 * checked by the same zod schema the server uses before moving on, the NIK
 * asked about as the first step is left, and what was typed kept on the
 * device until the form is sent (use-draft.ts).
 */
export function RegistrationForm({
  regencies,
  districts,
  arrival,
}: {
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
  arrival: Arrival;
}) {
  const t = useTranslations();
  const locale = useLocale();
  // Keys with values ("errors.tooManyRequests?seconds=600") as well as plain ones.
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ActionState<{ kpj: string; nik: string }>, FormData>(registerAction, null);
  const hydrated = useHydrated();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Record<string, string>>(INITIAL_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const draft = useDraft(formRef, INITIAL_VALUES);
  const nikCheck = useNikCheck();
  // Tapped before the checks arrived (a slow connection): the button says it is checking.
  const [waiting, setWaiting] = useState(false);

  // A draft from this device, adopted while rendering like a server answer: the step and what was typed.
  const [restored, setRestored] = useState(draft.restored);
  if (draft.restored !== restored) {
    setRestored(draft.restored);
    if (draft.restored) {
      setStep(Math.min(draft.restored.step, lastStep));
      setValues({ ...INITIAL_VALUES, ...draft.restored.values });
    }
  }

  // Server answers, adopted while rendering (not in an effect): errors go
  // back to the first step that has one. From null, not from `state`: a form
  // posted without JavaScript comes back with its answer on the first render.
  const [answered, setAnswered] = useState<typeof state>(null);
  if (state !== answered) {
    setAnswered(state);
    if (state && !state.ok) {
      setErrors({ ...state.fieldErrors, ...(state.formError ? { form: state.formError } : {}) });
      const steps = Object.keys(state.fieldErrors).map(stepOfField);
      if (steps.length) setStep(Math.min(...steps));
    }
  }

  // Success signs the worker in with the password they just chose.
  const password = values.password;
  useEffect(() => {
    if (!state?.ok || !hydrated) return;
    const { nik, kpj } = state.data;
    draft.clear();
    // A full navigation, so the header and every server component see the new session.
    // next-auth's browser client is fetched for this once, not with the page.
    void import("next-auth/react")
      .then(({ signIn }) => signIn("credentials", { identifier: nik, password, redirect: false }))
      .then(
        (result) => Boolean(result?.ok),
        () => false,
      )
      .then((signedIn) => window.location.assign(signedIn ? "/daftar/selesai" : `/masuk?terdaftar=${kpj}`));
    // The password is read once, when the server has answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, hydrated]);

  useStepFocus(formRef, step, errors, hydrated);
  useFunnelSteps(arrival, step, hydrated);

  const read = () => Object.fromEntries(new FormData(formRef.current!)) as Record<string, string>;
  const error = (field: string) => message(errors[field]);

  function goTo(target: number) {
    setStep(target);
    draft.save(read(), target);
  }

  function changed() {
    const current = read();
    setValues(current);
    // Once sent and accepted, nothing is kept: the success clears the draft.
    if (!state?.ok) draft.save(current, step);
  }

  /**
   * The step's errors by the shared schema, saying "checking" while the checks are still on their way; when they cannot
   * be fetched (offline), none: the server checks everything on submit.
   */
  async function checkStep(target: number, current: Record<string, string>): Promise<FieldErrors> {
    if (loaded) return loaded.validateStep(target, current);
    setWaiting(true);
    try {
      return (await loadChecks()).validateStep(target, current);
    } catch {
      return {};
    } finally {
      setWaiting(false);
    }
  }

  async function next() {
    const current = read();
    const found = await checkStep(step, current);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // A valid NIK that is registered already is said here, not three steps later.
    if (step === 0) {
      const told = await nikCheck.check(current.nik ?? "");
      // Typed over while the answer was on its way: the answer is about another NIK.
      if (read().nik !== current.nik) return;
      if (Object.keys(told).length > 0) return setErrors(told);
    }
    goTo(step + 1);
  }

  function startOver() {
    draft.discard();
    formRef.current?.reset();
    setValues(INITIAL_VALUES);
    setErrors({});
    setStep(0);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = read();
    const found = await checkStep(lastStep, current);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStep(Math.min(...Object.keys(found).map(stepOfField)));
      return;
    }
    startTransition(() => formAction(new FormData(formRef.current!)));
  }

  if (state?.ok && !hydrated) {
    return <p role="status">{t("signIn.registered")}</p>;
  }

  const stepProps = (index: number) => ({ step: index, visible: !hydrated || index === step, errors, error });
  // The step on screen in the step-by-step form, the only one that shows live summaries.
  const active = (index: number) => hydrated && index === step;
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={hydrated ? (event) => void submit(event) : undefined}
      onChange={changed}
      onFocus={() => void loadChecks().catch(() => {})}
      noValidate
      className="space-y-6"
    >
      {hydrated && (
        <p className="text-sm font-medium text-slate-600" aria-live="polite">
          {t("register.stepOf", { current: step + 1, total: STEP_KEYS.length })} · {t(`register.steps.${STEP_KEYS[step]}`)}
        </p>
      )}
      {hydrated && restored && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-brand-50 p-3 text-sm">
          <span>{t("register.draft.restored")}</span>
          <Button type="button" variant="secondary" onClick={startOver}>
            {t("register.draft.discard")}
          </Button>
        </div>
      )}
      {errorCount > 0 && <FormAlert>{errors.form ? error("form") : t("register.fixErrors", { count: errorCount })}</FormAlert>}

      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="source" value={arrival.source} />
      {arrival.campaign && <input type="hidden" name="campaign" value={arrival.campaign} />}
      <IdentityStep {...stepProps(0)} />
      <AddressStep {...stepProps(1)} regencies={regencies} districts={districts} regencyCode={values.regencyCode} />
      <IncomeStep {...stepProps(2)} active={active(2)} values={values} />
      <ReviewStep {...stepProps(3)} active={active(3)} values={values} regencies={regencies} districts={districts} onEdit={goTo} />

      <div className="flex gap-3">
        {hydrated && step > 0 && (
          <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
            {t("register.back")}
          </Button>
        )}
        {/* Distinct keys: React would otherwise turn the clicked "Lanjut" into the submit button while its click is
            still being handled, and the browser would then submit the form, opening the last step with errors. */}
        {hydrated && step < lastStep ? (
          <Button key="next" type="button" onClick={() => void next()} disabled={waiting || nikCheck.checking} className="flex-1">
            {nikCheck.checking ? t("register.checkingNik") : waiting ? t("register.checking") : t("register.next")}
          </Button>
        ) : (
          <Button key="submit" type="submit" disabled={waiting || pending || state?.ok} className="flex-1">
            {waiting ? t("register.checking") : pending || state?.ok ? t("register.submitting") : t("register.submit")}
          </Button>
        )}
      </div>
      {!hydrated && <p className="text-sm text-slate-600">{t("register.noJs")}</p>}
    </form>
  );
}
