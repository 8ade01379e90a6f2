// Workers added to a client by a form: one schema for the browser and the server action (lib/pu-enrollment/add-workers.ts).
import { z } from "zod";
import { MAX_WORKERS_IN_FORM, parseWorkerRow, workerListField } from "./worker-row";

export const addWorkersSchema = z.object({
  companyId: z.uuid("errors.invalid"),
  workers: workerListField(MAX_WORKERS_IN_FORM, (row) => parseWorkerRow(row)).refine((rows) => rows.length > 0, "errors.workers.none"),
});
