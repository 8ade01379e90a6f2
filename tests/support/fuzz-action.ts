// One action under hostile forms (fuzz-day-two, fuzz-admin): each case breaks
// one field of a valid form, or (where the action names a record) puts another's
// record or nobody's in the id field. No throw, every message a message key, a
// record out of reach answered as not found, and no row written in any table.
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import type { ActionDefinition, ActionOutcome, TransactionOption } from "../../lib/actions/define";
import type { SessionUser } from "../../lib/auth/credentials";
import type { Permission } from "../../lib/auth/permissions";
import type { Db } from "../../lib/db/prisma";
import { runAs } from "./actions";
import { badMessages, breakingString, type caseCounter, describeForm, formDataOf, hostileForm, MISSING, withoutWrites } from "./hostile";

export type FuzzContext = { db: Db; cases: ReturnType<typeof caseCounter>; keys: () => Set<string> };

/**
 * A valid form naming another's record: not found. A valid form naming nobody's: whatever the action answers
 * an unknown id (not found, "ask for a new code", nothing to remove), in message keys. Anything else: a refusal
 * whose every message is a message key.
 */
function expectAnswer(keys: Set<string>, outcome: ActionOutcome<unknown>, data: FormData, form: "others" | "unknown" | "invalid") {
  if (form === "others") {
    expect(outcome, describeForm(data)).toEqual({ denied: "not-found" });
    return;
  }
  if (form === "unknown" && "denied" in outcome) {
    expect(outcome, describeForm(data)).toEqual({ denied: "not-found" });
    return;
  }
  if (form === "invalid") expect(outcome, describeForm(data)).toMatchObject({ ok: false });
  if ("ok" in outcome && !outcome.ok) {
    const answer = { fieldErrors: outcome.fieldErrors, formError: outcome.formError };
    expect(badMessages(keys, answer), describeForm(data)).toEqual([]);
  }
}

/**
 * Hostile variants of `base` at `definition`, as `as`, each breaking one of its fields: the id field
 * (`idField`) may be another's record ("<other>"), which a form otherwise valid must answer with not found.
 */
export async function fuzzAction<P extends Permission, S extends z.ZodType, Pr, D, T extends TransactionOption>(
  context: FuzzContext,
  definition: ActionDefinition<P, S, Pr, D, T>,
  as: () => SessionUser,
  base: Record<string, string>,
  idField: string | null,
  otherId: () => string,
  runs: number,
) {
  const strict = Object.keys(base);
  const arbitrary = hostileForm(
    base,
    strict,
    idField
      ? fc.oneof(
          fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
          fc.tuple(fc.constant(idField), fc.oneof(fc.uuid(), fc.constant("<other>"))),
        )
      : undefined,
  );
  await withoutWrites(context.db, context.cases, arbitrary, runs, async (form) => {
    const others = idField !== null && form.entries[idField] === "<other>";
    if (others) form.entries[idField] = otherId();
    const data = formDataOf(form);
    const valid = definition.input.safeParse(Object.fromEntries(data)).success;
    // An extra field of the same name can mend the broken one (the last value wins): valid input, tested elsewhere.
    if (valid && idField === null) return;
    const outcome = await runAs(context.db, definition, data, { as: as() });
    expectAnswer(context.keys(), outcome, data, valid ? (others ? "others" : "unknown") : "invalid");
  });
}
