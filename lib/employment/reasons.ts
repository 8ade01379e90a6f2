// Why an employment ended (issue 14): one list for the form, the schema, the API and the database enum.
import type { EmploymentEndReason } from "../db/generated/enums";

export const END_REASONS = ["RESIGNED", "LAID_OFF", "RETIRED", "DIED"] as const satisfies readonly EmploymentEndReason[];
export type EndReason = (typeof END_REASONS)[number];
