/** A form's blank text field ("" or spaces) as no value, so `.optional()` applies to it. */
export const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
