// JSON columns (a checked import's rows, a settlement's lines) hold what our
// own code wrote; they are written as plain JSON and read back through the
// zod schema of that shape, so a column changed by hand or by an older
// version fails loudly where it is read, not three calls later.
import type { Prisma } from "./generated/client";

/**
 * A value as a JSON column keeps it: what JSON.stringify writes (undefined fields dropped). PostgreSQL's jsonb cannot
 * hold U+0000 (22P05): a NUL an uploaded cell carried is kept as U+FFFD, so the row is reported, not the upload failed.
 */
export function jsonColumn(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? v.replaceAll("\u0000", "\uFFFD") : v)));
}
