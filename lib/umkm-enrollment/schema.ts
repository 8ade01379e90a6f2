// Enrolling a UMKM in one flow: the business, its owner (a BPU participant)
// and its workers (PU). One schema for the officer's form and the server action.
import { z } from "zod";
import { RISK_CLASSES } from "../domain/contributions/pu";
import { parseKbli, parseNib, parseNpwp } from "../domain/identifiers";
import { rupiahField } from "../validation/rupiah";
import { whenParsed } from "../validation/when-parsed";
import { isBantenDistrict, isBantenRegency } from "../domain/regions";
import { MAX_WORKERS_IN_FORM, parseWorkerRow, workerListField } from "../pu-enrollment/worker-row";
import { wageProblem } from "../pu-enrollment/minimum-wage";
import { umkmScale } from "../domain/umkm";
import {
  birthDateField,
  bpuIncomeField,
  genderField,
  mobileField,
  nikAgreementErrors,
  nikField,
  personNameField,
  text,
  wrongType,
} from "../validation/person";

const identifier = (parse: typeof parseNib, prefix: string) =>
  z.string(wrongType).transform((value, ctx) => {
    const parsed = parse(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `errors.${prefix}.${parsed.error}` });
      return z.NEVER;
    }
    return parsed.value;
  });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const rupiah = (key: "capital" | "turnover") => rupiahField({ number: `errors.${key}.number` }, { min: 0, max: 1e15 });

export const umkmEnrollmentSchema = z
  .object({
    businessName: text(120),
    nib: identifier(parseNib, "nib"),
    npwp: optional(identifier(parseNpwp, "npwp")),
    kbli: identifier(parseKbli, "kbli"),
    regencyCode: z.string("errors.regency").refine(isBantenRegency, "errors.regency"),
    districtCode: z.string(wrongType).min(1, "errors.required"),
    address: text(200),
    capital: optional(rupiah("capital")),
    annualTurnover: optional(rupiah("turnover")),
    riskClass: z.coerce.number("errors.riskClass").pipe(z.literal(RISK_CLASSES, "errors.riskClass")),
    jpIncluded: z.stringbool(wrongType).default(false),
    ownerNik: nikField,
    ownerName: personNameField,
    ownerBirthPlace: text(60),
    ownerBirthDate: birthDateField,
    ownerGender: genderField,
    ownerPhone: mobileField,
    ownerIncome: bpuIncomeField,
    ownerJht: z.stringbool(wrongType).default(false),
    workers: workerListField(MAX_WORKERS_IN_FORM, (row) => parseWorkerRow(row)),
  })
  .superRefine(
    (form, ctx) => {
      if (form.capital === undefined && form.annualTurnover === undefined) {
        ctx.addIssue({ code: "custom", path: ["annualTurnover"], message: "errors.turnover.required" });
      }
      if (!isBantenDistrict(form.districtCode, form.regencyCode)) {
        ctx.addIssue({ code: "custom", path: ["districtCode"], message: "errors.district" });
      }
      const owner = nikAgreementErrors({ nik: form.ownerNik, birthDate: form.ownerBirthDate, gender: form.ownerGender });
      if (owner.birthDate) ctx.addIssue({ code: "custom", path: ["ownerBirthDate"], message: owner.birthDate });
      if (owner.gender) ctx.addIssue({ code: "custom", path: ["ownerGender"], message: owner.gender });
    },
    { when: whenParsed("capital", "annualTurnover", "districtCode", "regencyCode", "ownerNik", "ownerBirthDate", "ownerGender") },
  )
  .superRefine(
    // A wage below the UMK of the business's regency: refused for a medium or large business (a micro or small one gets a note).
    (form, ctx) => {
      const scale = umkmScale({ capital: form.capital, annualTurnover: form.annualTurnover });
      if (!scale.ok) return;
      form.workers.forEach((worker, index) => {
        const problem = wageProblem(worker, { regencyCode: form.regencyCode, scale: scale.value.scale });
        if (problem?.kind === "error") ctx.addIssue({ code: "custom", path: ["workers", index, "wage"], message: problem.message });
      });
    },
    { when: whenParsed("capital", "annualTurnover", "regencyCode", "workers") },
  );

export type UmkmEnrollment = z.output<typeof umkmEnrollmentSchema>;
