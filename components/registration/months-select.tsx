"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PAYMENT_PERIODS } from "@/lib/domain/programs";

/** How many months a BPU worker pays at a time (1, 3, 6 or 12). */
export function MonthsSelect({ id = "months", error, defaultValue = "1" }: { id?: string; error?: string; defaultValue?: string }) {
  const t = useTranslations("register.fields");
  return (
    <Field id={id} label={t("months")} error={error}>
      {(p) => (
        <select {...p} name="months" defaultValue={defaultValue}>
          {PAYMENT_PERIODS.map((m) => (
            <option key={m} value={m}>
              {t("monthsOption", { months: m })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
