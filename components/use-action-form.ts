"use client";
import { useActionState } from "react";
import { failureOf, type ActionResult, type ActionState } from "@/lib/actions/result";
import { useMessage } from "./use-message";

/**
 * A form posting to a server action and showing its answer: the action for `<form action>`, whether it is on its
 * way, and on a refusal the values that were sent (to fill the fields again) and each field's message.
 */
export function useActionForm<Data>(serverAction: (previous: ActionState<Data>, formData: FormData) => Promise<ActionResult<Data>>) {
  const message = useMessage();
  const [state, action, pending] = useActionState(serverAction, null);
  const failure = failureOf(state);
  return {
    action,
    pending,
    /** What the action answered when it went through. */
    done: state?.ok ? state.data : undefined,
    /** The message of a refusal as a whole (a limit, a rule), shown above the fields. */
    formError: message(failure?.formError),
    typed: (failure?.values ?? {}) as Record<string, string | undefined>,
    error: (field: string) => message(failure?.fieldErrors[field]),
    message,
  };
}
