// A check across fields runs once those fields parsed, whatever else failed,
// so a form shows every problem at once (zod skips object-level checks after
// any issue unless told when to run them).
import type { z } from "zod";

/** For `.refine(check, { when })` and `z.superRefine(check, { when })`: run when none of `fields` has an issue. */
export function whenParsed(...fields: string[]) {
  return ({ issues }: { issues: readonly z.core.$ZodRawIssue[] }) => !issues.some((issue) => fields.includes(String(issue.path?.[0])));
}
