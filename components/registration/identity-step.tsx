"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { NIK_REGISTERED } from "@/lib/bpu-registration/steps";
import { StepFieldset, type StepProps } from "./step-fieldset";

const LINK = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

/**
 * Where a worker whose NIK is registered already goes instead: sign in, recover
 * the password, or (enrolled by an officer, an employer or an import, so no
 * account yet) activate the account (lib/account/activation.ts).
 */
function RegisteredNikLinks() {
  const t = useTranslations("signIn");
  return (
    <p className="flex flex-wrap gap-x-4 text-sm" data-testid="registered-nik-links">
      <Link href="/masuk" className={LINK}>
        {t("title")}
      </Link>
      <Link href="/masuk/lupa" className={LINK}>
        {t("forgot")}
      </Link>
      <Link href="/aktivasi" className={LINK}>
        {t("activation.link")}
      </Link>
    </p>
  );
}

/** Who the worker is: NIK, name, birth, gender and how to reach them. */
export function IdentityStep({ step, visible, errors, error }: StepProps) {
  const t = useTranslations("register.fields");
  return (
    <StepFieldset step={step} visible={visible}>
      <Field id="nik" label={t("nik")} error={error("nik")}>
        {(p) => <input {...p} name="nik" inputMode="numeric" autoComplete="off" maxLength={20} />}
      </Field>
      {errors.nik === NIK_REGISTERED && <RegisteredNikLinks />}
      <Field id="name" label={t("name")} error={error("name")}>
        {(p) => <input {...p} name="name" autoComplete="name" maxLength={100} />}
      </Field>
      <Field id="birthPlace" label={t("birthPlace")} error={error("birthPlace")}>
        {(p) => <input {...p} name="birthPlace" maxLength={60} />}
      </Field>
      <Field id="birthDate" label={t("birthDate")} error={error("birthDate")}>
        {(p) => <input {...p} name="birthDate" type="date" autoComplete="bday" />}
      </Field>
      {/* Radios cannot go through Field (one label per control), so the group wires its own error. */}
      <fieldset aria-describedby={errors.gender ? "gender-error" : undefined}>
        <legend className="font-medium">{t("gender")}</legend>
        <div className="mt-1 flex gap-4">
          {(["M", "F"] as const).map((g) => (
            <label key={g} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="gender" value={g} className="size-5" data-invalid={Boolean(errors.gender)} />
              {t(`gender${g}`)}
            </label>
          ))}
        </div>
        {errors.gender && (
          <p id="gender-error" className="text-sm font-medium text-red-700">
            {error("gender")}
          </p>
        )}
      </fieldset>
      <Field id="phone" label={t("phone")} hint={t("phoneHint")} error={error("phone")}>
        {(p) => <input {...p} name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />}
      </Field>
      <Field id="email" label={t("email")} error={error("email")}>
        {(p) => <input {...p} name="email" type="email" autoComplete="email" maxLength={120} />}
      </Field>
    </StepFieldset>
  );
}
