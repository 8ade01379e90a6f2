// The BPU self-registration form: one schema for the browser (step by step)
// and the server action (whole form). Messages are message-file keys under
// "errors", translated where they are shown.
import { z } from "zod";
import { regencyField } from "../validation/region";
import { OCCUPATIONS } from "../domain/occupations";
import { isBantenDistrict } from "../domain/regions";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales";
import { FUNNEL_SOURCES, isCampaignCode } from "../domain/funnel";
import { newPasswordField } from "../validation/password";
import { fieldErrorsOf, type FieldErrors } from "../validation/field-errors";
import {
  birthDateField,
  bpuIncomeField,
  genderField,
  mobileField,
  nikAgreementErrors,
  nikField,
  optionalEmailField,
  paymentMonthsField,
  personNameField,
  text,
  wrongType,
} from "../validation/person";
import { REGISTRATION_STEPS, type StepField } from "./steps";

export const CONSENT_VERSION = "2026-11-v1";

/** One step's rules, under exactly the field names steps.ts gives it. */
type StepShape<S extends number> = Record<StepField<S>, z.ZodType>;

const identity = {
  nik: nikField,
  name: personNameField,
  birthPlace: text(60),
  birthDate: birthDateField,
  gender: genderField,
  phone: mobileField,
  email: optionalEmailField,
} satisfies StepShape<0>;

export const addressAndWork = {
  regencyCode: regencyField,
  districtCode: z.string(wrongType).min(1, "errors.required"),
  address: text(200),
  occupation: z.enum(OCCUPATIONS, "errors.required"),
} satisfies StepShape<1>;

const incomeAndPrograms = {
  income: bpuIncomeField,
  jht: z.stringbool(wrongType).default(false),
  months: paymentMonthsField,
} satisfies StepShape<2>;

const consentAndAccount = {
  consent: z.literal("on", "errors.consent"),
  password: newPasswordField,
  passwordConfirm: z.string(wrongType),
} satisfies StepShape<3>;

const stepSchemas = [identity, addressAndWork, incomeAndPrograms, consentAndAccount].map((s) => z.object(s));

/**
 * Rules that compare fields. They run on raw values too, so the browser can
 * check a step before the rest of the form is filled in.
 */
function crossFieldErrors(form: Record<string, unknown>): FieldErrors {
  const errors = nikAgreementErrors(form);
  if (form.districtCode && !isBantenDistrict(String(form.districtCode), String(form.regencyCode ?? ""))) {
    errors.districtCode = "errors.district";
  }
  if (form.password !== form.passwordConfirm) errors.passwordConfirm = "errors.password.mismatch";
  return errors;
}

/** The language the form was filled in: what Lindung's messages to the worker are written in (a hidden field, no step). */
const messageLanguage = { locale: z.enum(LOCALES, "errors.invalid").default(DEFAULT_LOCALE) };

/**
 * How the visitor came to the form (issue 17.4: the registration funnel): hidden fields, never an error — a value
 * that is not one of ours is no campaign. Absent (the seed, an officer's tools): not counted in the funnel.
 */
const arrival = {
  source: z.enum(FUNNEL_SOURCES).optional().catch(undefined),
  campaign: z.string().refine(isCampaignCode).optional().catch(undefined),
};

export const registrationSchema = z
  .object({ ...identity, ...addressAndWork, ...incomeAndPrograms, ...consentAndAccount, ...messageLanguage, ...arrival })
  .superRefine((form, ctx) => {
    for (const [field, message] of Object.entries(crossFieldErrors(form))) {
      ctx.addIssue({ code: "custom", path: [field], message });
    }
  });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
export type { FieldErrors };

/** Form-level problems (no field) show under "form". */
export const firstErrors = (error: z.ZodError) => fieldErrorsOf(error, "form");

/** Errors of one step, for the browser: its own fields first, then the cross-field rules among the steps seen so far. */
export function validateStep(step: number, values: Record<string, unknown>): FieldErrors {
  const own = stepSchemas[step]?.safeParse(values);
  if (own && !own.success) return firstErrors(own.error);
  const seen = new Set<string>(REGISTRATION_STEPS.slice(0, step + 1).flat());
  return Object.fromEntries(Object.entries(crossFieldErrors(values)).filter(([field]) => seen.has(field)));
}
