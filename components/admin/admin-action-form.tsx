"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { failureOf } from "@/lib/actions/result";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { OneTimeSecret } from "./one-time-secret";

type Done = { temporaryPassword?: string; key?: string; oldKeyEnds?: string } & Record<string, unknown>;

/**
 * One console act on one record (deactivate, unlock, reset, revoke, rotate): hidden ids, one button, and what came
 * of it: `doneKey` (an admin.* message, with the result's values), and a password or key shown once.
 */
export function AdminActionForm<Data extends Done>({
  action: serverAction,
  hidden,
  label,
  doneKey,
  hint,
  variant = "secondary",
}: {
  action: (previous: ActionState<Data>, formData: FormData) => Promise<ActionResult<Data>>;
  hidden: Record<string, string>;
  label: string;
  doneKey?: string;
  hint?: string;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const message = useMessage();
  const [state, action, pending] = useActionState(serverAction, null);
  const failure = failureOf(state);
  const done: Done | undefined = state?.ok ? state.data : undefined;
  const values = Object.fromEntries(Object.entries(done ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  if (done?.oldKeyEnds)
    values.when = format.dateTime(new Date(done.oldKeyEnds), { dateStyle: "medium", timeStyle: "short", timeZone: JAKARTA_TZ });
  return (
    <form action={action} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {failure && <FormAlert>{message(failure.formError ?? Object.values(failure.fieldErrors)[0] ?? "errors.unexpected")}</FormAlert>}
      {done && doneKey && (
        <p role="status" className="text-sm font-medium text-brand-800">
          {t(doneKey, values)}
        </p>
      )}
      {done?.temporaryPassword && (
        <OneTimeSecret label={t("secret.password")} hint={t("secret.passwordHint")} value={done.temporaryPassword} />
      )}
      {done?.key && <OneTimeSecret label={t("secret.key")} hint={t("secret.keyHint")} value={done.key} />}
    </form>
  );
}
