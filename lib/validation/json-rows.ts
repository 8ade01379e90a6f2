import { z } from "zod";
import { messageWithParams } from "./field-errors";

/** A form field carrying a JSON array of rows (built by a client-side editor), at most `max` of them. */
export function jsonRowsField(max: number) {
  return z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      try {
        return JSON.parse(value);
      } catch {
        return undefined;
      }
    },
    z
      .array(z.record(z.string(), z.unknown(), "errors.workers.invalid"), "errors.workers.invalid")
      .max(max, messageWithParams("errors.workers.tooMany", { max })),
  );
}
