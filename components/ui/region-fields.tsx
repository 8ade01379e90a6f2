"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import type { Region } from "@/lib/domain/regions";

/** The regency select every form shares (one of Banten's 8 regencies and cities). */
export function RegencySelect({
  regencies,
  label,
  error,
  defaultValue = "",
}: {
  regencies: readonly Region[];
  label?: string;
  error?: string;
  defaultValue?: string;
}) {
  const t = useTranslations("register.fields");
  return (
    <Field id="regencyCode" label={label ?? t("regency")} error={error}>
      {(p) => (
        <select {...p} name="regencyCode" defaultValue={defaultValue}>
          <option value="">{t("choose")}</option>
          {regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The district select for the chosen regency. Before the page's script runs
 * (a slow phone) it lists every district, so the form still works; after, only
 * the chosen regency's, and it starts again when the regency changes.
 */
export function DistrictSelect({
  districts,
  regencyCode,
  error,
  defaultValue = "",
}: {
  districts: Record<string, Region[]>;
  regencyCode?: string;
  error?: string;
  /** The district on record, kept while its regency stays chosen. */
  defaultValue?: string;
}) {
  const t = useTranslations("register.fields");
  const hydrated = useHydrated();
  return (
    <Field id="districtCode" label={t("district")} error={error}>
      {(p) => (
        <select
          {...p}
          name="districtCode"
          key={regencyCode ?? ""}
          defaultValue={defaultValue.startsWith(regencyCode ?? "") ? defaultValue : ""}
        >
          <option value="">{hydrated && !regencyCode ? t("chooseRegencyFirst") : t("choose")}</option>
          {(hydrated ? (districts[regencyCode ?? ""] ?? []) : Object.values(districts).flat()).map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
