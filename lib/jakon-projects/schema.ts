import { z } from "zod";
import { jsonRowsField } from "../validation/json-rows";
import { rupiahField } from "../validation/rupiah";
import { isBantenRegency } from "../domain/regions";
import { parseProjectWorker, parseWorkerList } from "../pu-enrollment/worker-row";
import { text } from "../validation/person";

export const MAX_PROJECT_WORKERS_IN_FORM = 200;

export const projectSchema = z
  .object({
    contractorId: z.uuid("errors.required"),
    name: text(150),
    workPackage: text(150),
    contractValue: rupiahField({ number: "errors.contract.number" }, { min: 1, max: 1e15 }),
    startDate: z.iso.date("errors.date"),
    endDate: z.iso.date("errors.date"),
    regencyCode: z.string("errors.regency").refine(isBantenRegency, "errors.regency"),
    workers: jsonRowsField(MAX_PROJECT_WORKERS_IN_FORM),
  })
  .refine((p) => p.endDate >= p.startDate, { path: ["endDate"], message: "errors.contract.endBeforeStart" });

export type ProjectForm = z.output<typeof projectSchema>;

/** Project workers, each checked with the shared worker identity schema; errors by index. */
export const parseProjectWorkers = (workers: Record<string, unknown>[]) => parseWorkerList(workers, parseProjectWorker);
