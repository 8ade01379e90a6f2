"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { OCCUPATIONS } from "@/lib/domain/occupations";

/** What the worker does: the list the relief rules know (lib/domain/occupations.ts). */
export function OccupationSelect({ error, defaultValue = "" }: { error?: string; defaultValue?: string }) {
  const t = useTranslations("register");
  return (
    <Field id="occupation" label={t("fields.occupation")} error={error}>
      {(p) => (
        <select {...p} name="occupation" defaultValue={defaultValue}>
          <option value="">{t("fields.choose")}</option>
          {OCCUPATIONS.map((o) => (
            <option key={o} value={o}>
              {t(`occupations.${o}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
