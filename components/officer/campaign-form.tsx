"use client";
import { useActionState, useState, startTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/use-checked-form";
import { useMessage } from "@/components/use-message";
import type { ActionState } from "@/lib/actions/result";
import { createCampaignAction } from "@/lib/funnel/actions";
import { CAMPAIGN_KINDS, campaignSchema } from "@/lib/funnel/campaign-schema";

/** A new campaign: its name, kind and (for an event) day and place; the action opens its page with the link and QR. */
export function CampaignForm() {
  const t = useTranslations();
  const tc = useTranslations("officer.campaigns");
  const [state, action, pending] = useActionState<ActionState<{ campaignId: string }>, FormData>(createCampaignAction, null);
  const [kind, setKind] = useState<string>("EVENT");
  const { fieldErrors, formError, hasErrors, check } = useCheckedForm(state, campaignSchema);
  const message = useMessage();
  const error = (field: string) => message(fieldErrors[field]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (!check(data)) return;
    startTransition(() => action(data));
  }

  return (
    <form action={action} onSubmit={submit} className="space-y-4" noValidate>
      {hasErrors && <FormAlert>{message(formError) ?? t("officer.enroll.fixErrors")}</FormAlert>}
      <TextField name="name" label={tc("name")} error={error("name")} maxLength={100} />
      <Field id="kind" label={tc("kind")} error={error("kind")}>
        {(p) => (
          <select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {CAMPAIGN_KINDS.map((k) => (
              <option key={k} value={k}>
                {tc(`kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === "EVENT" && <TextField name="eventOn" label={tc("eventOn")} error={error("eventOn")} type="date" />}
      <TextField name="place" label={tc("place")} error={error("place")} maxLength={120} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? tc("submitting") : tc("submit")}
      </Button>
    </form>
  );
}
