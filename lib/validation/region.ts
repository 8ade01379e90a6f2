// Where someone lives or works, as every form takes it: one rule, one place.
import { z } from "zod";
import { isBantenRegency } from "../domain/regions";

/** One of Banten's eight regencies and cities, by its 4-digit code. */
export const regencyField = z.string("errors.regency").refine(isBantenRegency, "errors.regency");

/** A regency, or nothing for all of Banten (staff of the whole province, a province's programme). */
export const optionalRegencyField = z.union([z.literal("", "errors.regency"), regencyField], "errors.regency").optional();
