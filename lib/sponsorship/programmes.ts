// Sponsors and their programmes (issue 16), registered in the admin console:
// the programme's decree sets who qualifies, what it pays, for which months and
// up to which budget (lib/domain/sponsorship.ts). Audited; a programme's terms
// are not edited once people are under it (a new budget year is a new programme).
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { isPeriod } from "../domain/billing-period";
import { OCCUPATIONS } from "../domain/occupations";
import { PROGRAMME_FUNDINGS } from "../domain/sponsorship";
import type { SponsorScope } from "../auth/scope";
import type { Db } from "../db/prisma";
import { FieldConflict, NotFound } from "../failures";
import { text } from "../validation/person";
import { optionalRegencyField } from "../validation/region";
import { rupiahField } from "../validation/rupiah";

export const SPONSOR_KINDS = ["PROVINCE", "REGENCY", "CSR", "ZAKAT", "OTHER"] as const;

export const createSponsorSchema = z.object({
  name: text(120).pipe(z.string().min(3, "errors.required")),
  kind: z.enum(SPONSOR_KINDS, "errors.required"),
  // A Pemkab/Pemkot's own regency; empty for the province and for CSR and zakat funds (all of Banten).
  regencyCode: optionalRegencyField,
});

export const createSponsor = defineAction({
  permission: "sponsor.programmes",
  input: createSponsorSchema,
  uniqueFields: { name: { field: "name", messageKey: "errors.sponsor.nameTaken" } },
  handler: async (form, { tx, actor }) => {
    if (await tx.sponsor.findUnique({ where: { name: form.name }, select: { id: true } }))
      throw new FieldConflict("name", "errors.sponsor.nameTaken");
    const sponsor = await tx.sponsor.create({ data: { name: form.name, kind: form.kind, regencyCode: form.regencyCode || null } });
    await recordAudit(tx, actor, {
      action: "sponsor.created",
      entity: "Sponsor",
      entityId: sponsor.id,
      after: { name: sponsor.name, kind: sponsor.kind },
    });
    return { sponsorId: sponsor.id };
  },
  revalidate: () => ["/admin/sponsor"],
});

const period = (message: string) => z.string(message).refine((value) => isPeriod(value), message);
/** Whole rupiah as people type them ("1.000.000", "Rp 725.760.000"): the rule every rupiah field follows. */
const wholeRupiah = (message: string) => rupiahField({ number: message }, { min: 1, max: Number.MAX_SAFE_INTEGER });
const optionalAge = z
  .string("errors.sponsor.age")
  .trim()
  .regex(/^(\d{1,3})?$/, "errors.sponsor.age")
  .transform((value) => (value === "" ? null : Number(value)))
  .optional();

/** Occupations are checkboxes named occupation_<CODE> ("on" when ticked): a form sends each name once. */
const occupationFields = Object.fromEntries(OCCUPATIONS.map((o) => [`occupation_${o}`, z.literal("on", "errors.invalid").optional()]));

export const createProgrammeSchema = z
  .object({
    sponsorId: z.uuid("errors.sponsor.noSponsor"),
    name: text(120).pipe(z.string().min(3, "errors.required")),
    legalBasis: text(200).pipe(z.string().min(3, "errors.required")),
    funding: z.enum(PROGRAMME_FUNDINGS, "errors.required"),
    budgetYear: z
      .string("errors.sponsor.year")
      .regex(/^20\d\d$/, "errors.sponsor.year")
      .transform(Number),
    ceiling: wholeRupiah("errors.sponsor.ceiling"),
    fromPeriod: period("errors.sponsor.months"),
    toPeriod: period("errors.sponsor.months"),
    insuredIncome: wholeRupiah("errors.sponsor.income"),
    withJht: z.enum(["true", "false"], "errors.invalid").transform((value) => value === "true"),
    regencyCode: optionalRegencyField,
    minAge: optionalAge,
    maxAge: optionalAge,
    ...occupationFields,
  })
  .superRefine((form, ctx) => {
    if (form.fromPeriod > form.toPeriod) ctx.addIssue({ code: "custom", path: ["toPeriod"], message: "errors.sponsor.months" });
    if (form.minAge != null && form.maxAge != null && form.minAge > form.maxAge) {
      ctx.addIssue({ code: "custom", path: ["maxAge"], message: "errors.sponsor.age" });
    }
  });

export const createProgramme = defineAction({
  permission: "sponsor.programmes",
  input: createProgrammeSchema,
  uniqueFields: { name: { field: "name", messageKey: "errors.sponsor.programmeTaken" } },
  handler: async (form, { tx, actor }) => {
    if (!(await tx.sponsor.findUnique({ where: { id: form.sponsorId }, select: { id: true } })))
      throw new NotFound("errors.sponsor.noSponsor");
    const same = { sponsorId: form.sponsorId, name: form.name, budgetYear: form.budgetYear };
    if (await tx.sponsorProgramme.findFirst({ where: same, select: { id: true } }))
      throw new FieldConflict("name", "errors.sponsor.programmeTaken");
    const occupations = OCCUPATIONS.filter((o) => (form as Record<string, unknown>)[`occupation_${o}`] === "on");
    const programme = await tx.sponsorProgramme.create({
      data: {
        sponsorId: form.sponsorId,
        name: form.name,
        legalBasis: form.legalBasis,
        funding: form.funding,
        budgetYear: form.budgetYear,
        ceiling: BigInt(form.ceiling),
        fromPeriod: form.fromPeriod,
        toPeriod: form.toPeriod,
        insuredIncome: form.insuredIncome,
        withJht: form.withJht,
        regencyCodes: form.regencyCode ? [form.regencyCode] : [],
        occupations,
        minAge: form.minAge ?? null,
        maxAge: form.maxAge ?? null,
      },
    });
    await recordAudit(tx, actor, {
      action: "sponsor.programme_created",
      entity: "SponsorProgramme",
      entityId: programme.id,
      after: { ...programme, ceiling: programme.ceiling.toString(), createdAt: programme.createdAt.toISOString() },
    });
    return { programmeId: programme.id };
  },
  revalidate: () => ["/admin/sponsor"],
});

/** The sponsors an operator account can be made for: the console's choice. */
export async function sponsorOptions(db: Db) {
  const sponsors = await db.sponsor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return sponsors.map((s) => ({ value: s.id, label: s.name }));
}

/** Sponsors (all, or the operator's one) with their programmes and each programme's budget use. */
export async function listSponsors(db: Db, scope: SponsorScope = { sponsorId: null }) {
  const own = scope.sponsorId ? { id: scope.sponsorId } : {};
  const [sponsors, used] = await Promise.all([
    db.sponsor.findMany({
      where: own,
      orderBy: { name: "asc" },
      include: { programmes: { orderBy: [{ budgetYear: "desc" }, { name: "asc" }] } },
    }),
    db.sponsorship.groupBy({
      by: ["programmeId"],
      where: { programme: { sponsor: own } },
      _sum: { committed: true },
      _count: { _all: true },
    }),
  ]);
  const usage = new Map(used.map((row) => [row.programmeId, { used: Number(row._sum.committed ?? 0n), people: row._count._all }]));
  return sponsors.map((sponsor) => ({
    ...sponsor,
    programmes: sponsor.programmes.map((p) => {
      const { used: spent, people } = usage.get(p.id) ?? { used: 0, people: 0 };
      return { ...p, used: spent, people, remaining: Number(p.ceiling) - spent };
    }),
  }));
}
