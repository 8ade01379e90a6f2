// Sponsors and programmes in the admin console (issue 16): registered with
// their decree, money, months and who qualifies; refused with a message per
// field and nothing written; listed with the budget promised so far.
import { describe, expect, it } from "vitest";
import { createProgramme, createSponsor, listSponsors } from "../../lib/sponsorship/programmes";
import { sponsorParticipants } from "../../lib/sponsorship/beneficiaries";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createStaff } from "../support/records";

const t = setupTestDatabase();

const programmeForm = (sponsorId: string, overrides: Record<string, string> = {}) => ({
  sponsorId,
  name: "Perlindungan Nelayan",
  legalBasis: "Pergub Banten (uji)",
  funding: "APBD",
  budgetYear: "2026",
  ceiling: "50000000",
  fromPeriod: "2026-07",
  toPeriod: "2026-12",
  insuredIncome: "1000000",
  withJht: "false",
  regencyCode: "3601",
  minAge: "18",
  maxAge: "",
  occupation_FISHER: "on",
  ...overrides,
});

describe("sponsors and programmes", () => {
  it("registers a sponsor and its programme with who qualifies, and lists the budget used", async () => {
    const admin = sessionUserOf(
      await t.db.user.create({ data: { role: "ADMIN", name: "Admin", email: "admin-sp@lindung.test", passwordHash: "x" } }),
    );
    const { sponsorId } = succeeded(
      await runAs(t.db, createSponsor, { name: "Pemerintah Provinsi Banten", kind: "PROVINCE", regencyCode: "" }, { as: admin }),
    );
    expectRefused(await runAs(t.db, createSponsor, { name: "Pemerintah Provinsi Banten", kind: "PROVINCE" }, { as: admin }), {
      name: "errors.sponsor.nameTaken",
    });
    const { programmeId } = succeeded(await runAs(t.db, createProgramme, programmeForm(sponsorId), { as: admin }));
    expect(await t.db.sponsorProgramme.findUniqueOrThrow({ where: { id: programmeId } })).toMatchObject({
      funding: "APBD",
      ceiling: 50_000_000n,
      regencyCodes: ["3601"],
      occupations: ["FISHER"],
      minAge: 18,
      maxAge: null,
      withJht: false,
    });
    // Refused, nothing written: the same name in the same year, months backwards, no income, ages crossed.
    const before = await t.db.sponsorProgramme.count();
    expectRefused(await runAs(t.db, createProgramme, programmeForm(sponsorId), { as: admin }), { name: "errors.sponsor.programmeTaken" });
    expectRefused(
      await runAs(
        t.db,
        createProgramme,
        programmeForm(sponsorId, {
          name: "Lain",
          fromPeriod: "2026-12",
          toPeriod: "2026-01",
          insuredIncome: "0",
          minAge: "60",
          maxAge: "18",
        }),
        { as: admin },
      ),
      { toPeriod: "errors.sponsor.months", insuredIncome: "errors.sponsor.income", maxAge: "errors.sponsor.age" },
    );
    expect(await t.db.sponsorProgramme.count()).toBe(before);
    // Staff do not register programmes (yet: admins only).
    const staff = sessionUserOf(await createStaff(t.db, null));
    expect(await runAs(t.db, createProgramme, programmeForm(sponsorId, { name: "X" }), { as: staff })).toEqual({ denied: "not-found" });

    // The list shows what the budget has promised.
    const person = await t.db.participant.create({
      data: {
        kpj: "39999999991",
        nik: "3601011203800001",
        name: "Nelayan",
        birthDate: new Date("1980-03-12"),
        gender: "M",
        category: "BPU",
        channel: "SELF",
        regencyCode: "3601",
        occupation: "FISHER",
        programs: ["JKK", "JKM"],
      },
    });
    expect(
      await t.db.$transaction((tx) => sponsorParticipants(tx, { programmeId, participantIds: [person.id], from: "2026-07" }, {})),
    ).toMatchObject({ ok: true });
    const [listed] = (await listSponsors(t.db)).filter((s) => s.id === sponsorId);
    expect(listed!.programmes[0]).toMatchObject({ people: 1, used: 6 * 16_800, remaining: 50_000_000 - 6 * 16_800 });
  });
});
