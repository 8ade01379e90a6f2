import { messageWithParams } from "./field-errors";

/** Files people upload (worker sheets, BJB settlement files) are refused above this size, before they are parsed. */
export const MAX_UPLOAD_MB = 5;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

/**
 * The whole request carrying such a file (multipart framing and the form's other
 * fields): server actions accept bodies up to this (next.config.ts), so a file
 * over the limit gets our message, not Next's 1 MB refusal.
 */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export const UPLOAD_TOO_LARGE = messageWithParams("errors.sheet.tooLarge", { mb: MAX_UPLOAD_MB });
