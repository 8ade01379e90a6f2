import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { Permission } from "../auth/permissions";
import { requester, signInPath } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { runAction, type ActionDefinition, type TransactionOption } from "./define";
import type { ActionResult, ActionState } from "./result";

/**
 * A definition as a server action for `useActionState`: the signed-in user,
 * this request's database and origin; anonymous → sign in, no permission or
 * out of scope → 404.
 */
export function serverAction<P extends Permission, Schema extends z.ZodType, Prepared, Data, T extends TransactionOption>(
  definition: ActionDefinition<P, Schema, Prepared, Data, T>,
) {
  return async function action(_previous: ActionState<Data>, formData: FormData): Promise<ActionResult<Data>> {
    // Anyone can post any arguments to an action's id: what is no form reads as an empty one (field errors, not a 500).
    const form = formData instanceof FormData ? formData : new FormData();
    const outcome = await runAction(definition, { db: db(), requester: await requester(), source: await requestSource() }, form);
    if ("denied" in outcome) {
      if (outcome.denied === "unauthenticated") redirect(await signInPath());
      if (outcome.denied === "unfinished") redirect(await signInPath(outcome.step));
      notFound();
    }
    if (outcome.ok) {
      for (const path of definition.revalidate?.(outcome.data) ?? []) revalidatePath(path, "layout");
      const to = definition.redirect?.(outcome.data);
      if (to) redirect(to);
    }
    return outcome;
  };
}

/** A definition as a plain form `action` whose answer the page does not show (it revalidates instead). */
export function serverFormAction<P extends Permission, Schema extends z.ZodType, Prepared, Data, T extends TransactionOption>(
  definition: ActionDefinition<P, Schema, Prepared, Data, T>,
) {
  const action = serverAction(definition);
  return async function formAction(formData: FormData): Promise<void> {
    await action(null, formData);
  };
}
