import { z } from "zod";
import { parseRupiahInput } from "../domain/money";

/**
 * Whole rupiah as people type it ("1.500.000", "Rp 1.500.000") or as a JSON
 * number. Each bound has its own message key, so a form can say "minimal
 * Rp 1.000.000" rather than "invalid".
 */
export function rupiahField(messages: { number: string; min?: string; max?: string }, bounds: { min: number; max: number }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? parseRupiahInput(value) : value),
    z
      .number(messages.number)
      .int(messages.number)
      .min(bounds.min, messages.min ?? messages.number)
      .max(bounds.max, messages.max ?? messages.number),
  );
}
