"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { DistrictSelect, RegencySelect } from "@/components/ui/region-fields";
import { OCCUPATIONS } from "@/lib/domain/occupations";
import type { Region } from "@/lib/domain/regions";
import { StepFieldset, type StepProps } from "./step-fieldset";

/** Where the worker lives and what they do. */
export function AddressStep({
  step,
  visible,
  error,
  regencies,
  districts,
  regencyCode,
}: StepProps & {
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
  /** The regency chosen so far, which narrows the districts. */
  regencyCode?: string;
}) {
  const t = useTranslations("register");
  return (
    <StepFieldset step={step} visible={visible}>
      <RegencySelect regencies={regencies} error={error("regencyCode")} />
      <DistrictSelect districts={districts} regencyCode={regencyCode} error={error("districtCode")} />
      <Field id="address" label={t("fields.address")} error={error("address")}>
        {(p) => <textarea {...p} name="address" rows={2} maxLength={200} autoComplete="street-address" />}
      </Field>
      <Field id="occupation" label={t("fields.occupation")} error={error("occupation")}>
        {(p) => (
          <select {...p} name="occupation" defaultValue="">
            <option value="">{t("fields.choose")}</option>
            {OCCUPATIONS.map((o) => (
              <option key={o} value={o}>
                {t(`occupations.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </StepFieldset>
  );
}
