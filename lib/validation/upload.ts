import { messageWithParams } from "./field-errors";

/** Files people upload (worker sheets, BJB settlement files) are refused above this size, before they are parsed. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const UPLOAD_TOO_LARGE = messageWithParams("errors.sheet.tooLarge", { mb: MAX_UPLOAD_BYTES / (1024 * 1024) });
