// What every server action answers (lib/actions/define.ts), and what forms
// read from it. Plain types and functions: forms import this in the browser.

import type { FieldErrors } from "../validation/field-errors";

export type ActionResult<Data> =
  | { ok: true; data: Data }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      /** A message for the form as a whole (a limit, a race, our own failure). */
      formError?: string;
      /** What was typed (passwords left out), so a form React reset after its action can show it again. */
      values?: Record<string, string>;
    };

/** A form's state before its first answer. */
export type ActionState<Data> = ActionResult<Data> | null;

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** The failure of a state, if it is one: the fields a form marks. */
export function failureOf(state: ActionState<unknown>): ActionFailure | undefined {
  return state && !state.ok ? state : undefined;
}

/**
 * The errors of a list inside a form (`workers[3].nik`), by row: { 3: { nik } },
 * for editors that show each row's problems beside it.
 */
export function rowErrorsOf(fieldErrors: FieldErrors, list: string): Record<number, FieldErrors> {
  const rows: Record<number, FieldErrors> = {};
  const pattern = new RegExp(`^${list}\\[(\\d+)\\]\\.?(.*)$`);
  for (const [path, message] of Object.entries(fieldErrors)) {
    const match = pattern.exec(path);
    if (!match) continue;
    (rows[Number(match[1])] ??= {})[match[2] || "row"] ??= message;
  }
  return rows;
}
