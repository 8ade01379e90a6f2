"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { DistrictSelect, RegencySelect } from "@/components/ui/region-fields";
import type { Region } from "@/lib/domain/regions";
import { OccupationSelect } from "./occupation-select";
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
      <OccupationSelect error={error("occupation")} />
    </StepFieldset>
  );
}
