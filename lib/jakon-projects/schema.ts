import { z } from "zod";
import { rupiahField } from "../validation/rupiah";
import { isBantenRegency } from "../domain/regions";
import { parseProjectWorker, workerListField } from "../pu-enrollment/worker-row";
import { text } from "../validation/person";
import { messageWithParams } from "../validation/field-errors";
import { periodStartDate } from "../domain/billing-period";
import { JAKON_RATES } from "../domain/contributions/jakon";
import { whenParsed } from "../validation/when-parsed";

export const MAX_PROJECT_WORKERS_IN_FORM = 200;

const FIRST_DAY = periodStartDate(JAKON_RATES[0]!.from);

export const projectSchema = z
  .object({
    contractorId: z.uuid("errors.required"),
    name: text(150),
    workPackage: text(150),
    contractValue: rupiahField({ number: "errors.contract.number" }, { min: 1, max: 1e15 }),
    // Priced by the tiers in force in its first month (lib/billing/jakon.ts): none before the first version.
    startDate: z.iso
      .date("errors.date")
      .refine((date) => date >= FIRST_DAY, messageWithParams("errors.contract.startTooEarly", { min: FIRST_DAY })),
    endDate: z.iso.date("errors.date"),
    regencyCode: z.string("errors.regency").refine(isBantenRegency, "errors.regency"),
    workers: workerListField(MAX_PROJECT_WORKERS_IN_FORM, parseProjectWorker),
  })
  .refine((p) => p.endDate >= p.startDate, {
    path: ["endDate"],
    message: "errors.contract.endBeforeStart",
    when: whenParsed("startDate", "endDate"),
  });

export type ProjectForm = z.output<typeof projectSchema>;
