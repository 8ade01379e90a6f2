"use client";
import { useTranslations } from "next-intl";
import type { Region } from "@/lib/domain/regions";
import { QuoteSummary } from "./quote-summary";

/** What the worker typed, grouped by step, each with a way back to change it. */
export function ReviewSummary({
  values,
  regencies,
  districts,
  onEdit,
}: {
  values: Record<string, string>;
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
  onEdit: (step: number) => void;
}) {
  const t = useTranslations("register");
  const regency = regencies.find((r) => r.code === values.regencyCode)?.name ?? "";
  const district = districts[values.regencyCode ?? ""]?.find((d) => d.code === values.districtCode)?.name ?? "";
  const groups: { step: number; rows: [string, string][] }[] = [
    {
      step: 0,
      rows: [
        [t("fields.nik"), values.nik ?? ""],
        [t("fields.name"), values.name ?? ""],
        [t("fields.birthDate"), `${values.birthPlace ?? ""}, ${values.birthDate ?? ""}`],
        [t("fields.phone"), values.phone ?? ""],
      ],
    },
    {
      step: 1,
      rows: [
        [t("fields.address"), [values.address, district, regency].filter(Boolean).join(", ")],
        [t("fields.occupation"), values.occupation ? t(`occupations.${values.occupation}` as never) : ""],
      ],
    },
  ];
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("review.title")}</h3>
      {groups.map((group) => (
        <dl key={group.step} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          {group.rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-[8rem_1fr] gap-2 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <button type="button" onClick={() => onEdit(group.step)} className="mt-1 text-brand-700 underline">
            {t("review.edit")}
          </button>
        </dl>
      ))}
      <QuoteSummary income={values.income ?? ""} jht={values.jht === "true"} months={values.months ?? "1"} />
    </div>
  );
}
