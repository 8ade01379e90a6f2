import { z } from "zod";
import { parseRupiahInput } from "../domain/money";
import { messageWithParams } from "./field-errors";

/**
 * Whole rupiah as people type it ("1.500.000", "Rp 1.500.000") or as a JSON
 * number. Each bound has its own message key and carries the bound itself
 * ({min}, {max}), so a form says "minimal Rp 1.000.000" from the rule's own value.
 */
export function rupiahField(messages: { number: string; min?: string; max?: string }, bounds: { min: number; max: number }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? parseRupiahInput(value) : value),
    z
      .number(messages.number)
      .int(messages.number)
      .min(bounds.min, messages.min ? messageWithParams(messages.min, { min: bounds.min }) : messages.number)
      .max(bounds.max, messages.max ? messageWithParams(messages.max, { max: bounds.max }) : messages.number),
  );
}
