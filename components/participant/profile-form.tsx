"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { DistrictSelect, RegencySelect } from "@/components/ui/region-fields";
import { SaveRow } from "@/components/ui/save-row";
import { useMessage } from "@/components/use-message";
import { failureOf } from "@/lib/actions/result";
import { OccupationSelect } from "@/components/registration/occupation-select";
import type { Region } from "@/lib/domain/regions";
import { updateProfileAction } from "@/lib/participants/actions";

type Profile = { regencyCode: string; districtCode: string | null; address: string | null; occupation: string | null };

/** Address and occupation, as on record, changed at once. */
export function ProfileForm({
  profile,
  regencies,
  districts,
}: {
  profile: Profile;
  regencies: readonly Region[];
  districts: Record<string, Region[]>;
}) {
  const t = useTranslations("register");
  const tc = useTranslations("changes");
  const message = useMessage();
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const failure = failureOf(state);
  const error = (field: string) => message(failure?.fieldErrors[field]);
  const [regencyCode, setRegencyCode] = useState(profile.regencyCode);
  return (
    <form
      action={action}
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && target.name === "regencyCode") setRegencyCode(target.value);
      }}
      className="space-y-3"
      noValidate
      data-testid="profile-form"
    >
      <RegencySelect regencies={regencies} error={error("regencyCode")} defaultValue={profile.regencyCode} />
      <DistrictSelect
        districts={districts}
        regencyCode={regencyCode}
        error={error("districtCode")}
        defaultValue={profile.districtCode ?? ""}
      />
      <Field id="address" label={t("fields.address")} error={error("address")}>
        {(p) => (
          <textarea {...p} name="address" rows={2} maxLength={200} autoComplete="street-address" defaultValue={profile.address ?? ""} />
        )}
      </Field>
      <OccupationSelect error={error("occupation")} defaultValue={profile.occupation ?? ""} />
      {failure?.formError && <FormAlert>{message(failure.formError)}</FormAlert>}
      <SaveRow saved={state?.ok === true} savedText={tc("saved")} pending={pending} variant="secondary">
        {tc("save")}
      </SaveRow>
    </form>
  );
}
