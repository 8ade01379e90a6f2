"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/ui/save-row";
import { FormAlert } from "@/components/ui/form-alert";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { updatePreferencesAction } from "@/lib/participants/actions";

type Preferences = { textChannel: "SMS" | "WHATSAPP"; reminders: boolean; locale: Locale };

/** The worker chooses SMS or WhatsApp, whether they want reminders, and the language of messages. */
export function PreferencesForm({ textChannel, reminders, locale }: Preferences) {
  const t = useTranslations("preferences");
  const message = useMessage();
  const [state, action, pending] = useActionState(updatePreferencesAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="mt-2 space-y-3" data-testid="preferences">
      <fieldset>
        <legend className="font-medium">{t("textChannel")}</legend>
        <div className="mt-1 flex gap-6">
          {(["SMS", "WHATSAPP"] as const).map((channel) => (
            <label key={channel} className="flex items-center gap-2">
              <input type="radio" name="textChannel" value={channel} defaultChecked={textChannel === channel} className="size-5" />
              {t(channel === "SMS" ? "sms" : "whatsapp")}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-medium">{t("language")}</legend>
        <div className="mt-1 flex gap-6">
          {LOCALES.map((option) => (
            <label key={option} className="flex items-center gap-2" lang={option}>
              <input type="radio" name="locale" value={option} defaultChecked={locale === option} className="size-5" />
              {t(`languages.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="reminders"
          value="true"
          defaultChecked={reminders}
          className="mt-1 size-5"
          aria-describedby="reminders-hint"
        />
        <span>
          <span className="font-medium">{t("reminders")}</span>
          <span id="reminders-hint" className="block text-sm text-slate-600">
            {t("remindersHint")}
          </span>
        </span>
      </label>
      {failure && <FormAlert>{message(failure.formError ?? Object.values(failure.fieldErrors)[0])}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={t("saved")} pending={pending} variant="secondary">
        {t("save")}
      </SaveRow>
    </form>
  );
}
