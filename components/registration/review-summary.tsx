"use client";
import { useTranslations } from "next-intl";
import { firstRegistrationOf } from "@/lib/domain/nik-regions";
import type { Region } from "@/lib/domain/regions";
import { DetailList } from "@/components/ui/detail-list";
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
  const firstRegistrationText = (nik: string) => {
    const place = firstRegistrationOf(nik);
    if (!place.regency) return t("firstRegistration.unknown");
    if (place.now) return t("firstRegistration.moved", { regency: place.regency, now: place.now });
    return place.district ? t("firstRegistration.district", { district: place.district, regency: place.regency }) : place.regency;
  };
  const regency = regencies.find((r) => r.code === values.regencyCode)?.name ?? "";
  const district = districts[values.regencyCode ?? ""]?.find((d) => d.code === values.districtCode)?.name ?? "";
  const groups: { step: number; title: string; rows: [string, string][] }[] = [
    {
      step: 0,
      title: t("steps.identity"),
      rows: [
        [t("fields.nik"), values.nik ?? ""],
        // Not the address: the place the NIK was first issued, which may have moved since (nik-regions.ts).
        [t("firstRegistration.label"), firstRegistrationText(values.nik ?? "")],
        [t("fields.name"), values.name ?? ""],
        [t("fields.birthDate"), `${values.birthPlace ?? ""}, ${values.birthDate ?? ""}`],
        [t("fields.phone"), values.phone ?? ""],
      ],
    },
    {
      step: 1,
      title: t("steps.address"),
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
        <div key={group.step} className="rounded-lg border border-slate-200 bg-white px-3 py-1">
          <DetailList rows={group.rows} />
          <button type="button" onClick={() => onEdit(group.step)} className="mb-2 text-sm text-brand-700 underline">
            {t("review.editStep", { step: group.title })}
          </button>
        </div>
      ))}
      <QuoteSummary values={values} />
    </div>
  );
}
