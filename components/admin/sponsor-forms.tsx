"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionForm } from "@/components/use-action-form";
import { createProgrammeAction, createSponsorAction } from "@/lib/sponsorship/actions";

/** A sponsor: the province, a regency or city, a CSR fund, BAZNAS. */
export function SponsorForm({ kinds, regencies }: { kinds: SelectOption[]; regencies: SelectOption[] }) {
  const t = useTranslations("admin.sponsors");
  const { action, pending, done, formError, typed, error } = useActionForm(createSponsorAction);
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {done && (
        <p role="status" className="font-medium text-brand-800">
          {t("sponsorAdded")}
        </p>
      )}
      <Field id="sponsor-name" label={t("sponsorName")} error={error("name")}>
        {(p) => <input {...p} name="name" defaultValue={typed.name} required />}
      </Field>
      <SelectField id="sponsor-kind" name="kind" label={t("kind")} error={error("kind")} options={kinds} defaultValue={typed.kind} />
      <SelectField
        id="sponsor-regency"
        name="regencyCode"
        label={t("area")}
        hint={t("areaHint")}
        error={error("regencyCode")}
        options={regencies}
        emptyLabel={t("allBanten")}
        defaultValue={typed.regencyCode}
      />
      <Button type="submit" disabled={pending}>
        {t("addSponsor")}
      </Button>
    </form>
  );
}

/** A programme of a sponsor: its decree, money, months and who qualifies. */
export function ProgrammeForm({
  sponsors,
  fundings,
  regencies,
  occupations,
  defaults,
}: {
  sponsors: SelectOption[];
  fundings: SelectOption[];
  regencies: SelectOption[];
  occupations: SelectOption[];
  defaults: { budgetYear: string; fromPeriod: string; toPeriod: string; insuredIncome: string };
}) {
  const t = useTranslations("admin.sponsors");
  const form = useActionForm(createProgrammeAction);
  const { action, pending, done, formError, error } = form;
  const typed: Record<string, string | undefined> = { ...defaults, ...form.typed };
  const text = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={`programme-${name}`} label={label} hint={hint} error={error(name)}>
      {(p) => <input {...p} name={name} defaultValue={typed[name]} {...props} />}
    </Field>
  );
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {done && (
        <p role="status" className="font-medium text-brand-800">
          {t("programmeAdded")}
        </p>
      )}
      <SelectField
        id="programme-sponsor"
        name="sponsorId"
        label={t("sponsor")}
        error={error("sponsorId")}
        options={sponsors}
        emptyLabel=""
        defaultValue={typed.sponsorId}
      />
      {text("name", t("programmeName"))}
      {text("legalBasis", t("legalBasis"), {}, t("legalBasisHint"))}
      <SelectField
        id="programme-funding"
        name="funding"
        label={t("funding")}
        error={error("funding")}
        options={fundings}
        defaultValue={typed.funding}
      />
      {text("budgetYear", t("budgetYear"), { inputMode: "numeric", maxLength: 4 })}
      {text("ceiling", t("ceiling"), { inputMode: "numeric" }, t("ceilingHint"))}
      {text("fromPeriod", t("fromPeriod"), { type: "month" })}
      {text("toPeriod", t("toPeriod"), { type: "month" })}
      {text("insuredIncome", t("insuredIncome"), { inputMode: "numeric" }, t("insuredIncomeHint"))}
      <SelectField
        id="programme-jht"
        name="withJht"
        label={t("programs")}
        error={error("withJht")}
        options={[
          { value: "false", label: "JKK + JKM" },
          { value: "true", label: "JKK + JKM + JHT" },
        ]}
        defaultValue={typed.withJht ?? "false"}
      />
      <SelectField
        id="programme-regency"
        name="regencyCode"
        label={t("residence")}
        error={error("regencyCode")}
        options={regencies}
        emptyLabel={t("allBanten")}
        defaultValue={typed.regencyCode}
      />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("occupations")}</legend>
        <p className="text-sm text-slate-600">{t("occupationsHint")}</p>
        {occupations.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={`occupation_${o.value}`} defaultChecked={typed[`occupation_${o.value}`] === "on"} />
            {o.label}
          </label>
        ))}
      </fieldset>
      {text("minAge", t("minAge"), { inputMode: "numeric", maxLength: 3 })}
      {text("maxAge", t("maxAge"), { inputMode: "numeric", maxLength: 3 })}
      <Button type="submit" disabled={pending}>
        {t("addProgramme")}
      </Button>
    </form>
  );
}
