// What a checked import keeps until the officer confirms it (ImportBatch.rows
// and .problems), as read back: the CheckedRow of lib/worker-import/batch.ts,
// which the type checker holds these to where they are read.
import { z } from "zod";

const messages = z.record(z.string(), z.string());

/** Who a stored row is (lib/pu-enrollment/worker-row.ts identityShape, as parsed): shared by every kind of import. */
export const storedIdentity = z.object({
  nik: z.string(),
  name: z.string(),
  birthPlace: z.string().optional(),
  birthDate: z.string(),
  gender: z.enum(["M", "F"]),
  phone: z.string().optional(),
});

const workerRow = storedIdentity.extend({ wage: z.number().int(), startDate: z.string() });

export const storedRowsSchema = z.array(
  z.object({ rowNumber: z.number().int(), outcome: z.enum(["new", "link", "skip"]), row: workerRow, warnings: messages.optional() }),
);

/** The rows to fix of any import: each cell as uploaded and the message of each bad one. */
export const storedProblemsSchema = z.array(
  z.object({ rowNumber: z.number().int(), outcome: z.literal("error"), values: messages, errors: messages }),
);
