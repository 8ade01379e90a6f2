import { describe, expect, it } from "vitest";
import { decideReviewCase, openCases, ReviewCaseNotFound, reviewOutcome } from "../../lib/review/decide";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { runAs, succeeded } from "../support/actions";
import { participantStats } from "../../lib/stats/queries";
import { jakartaDate } from "../../lib/domain/time";
import { setupTestDatabase } from "../support/database";
import { makeNik, makePhone, registrationForm } from "../support/factories";

const t = setupTestDatabase();
const actor = { userAgent: "vitest" };

async function register(overrides: Parameters<typeof registrationForm>[0] = {}) {
  const form = registrationForm(overrides);
  succeeded(await runAs(t.db, bpuSelfRegistration, form, { source: actor }));
  return t.db.participant.findUniqueOrThrow({ where: { nik: form.nik }, include: { reviews: true } });
}

describe("registrations that need a human", () => {
  it("flags the same name and birth date under another NIK, a shared phone, a NIK from outside Banten, an income far out of range", async () => {
    const plain = await register({ name: "Nama Unik Pisan" });
    expect(plain.reviews).toEqual([]);

    const twin = await register({ name: "nama unik pisan" });
    expect(twin.reviews.map((r) => r.reason)).toEqual(["SAME_NAME_AND_BIRTH_DATE"]);

    // A phone can be on a participant without an account (an officer enrolled them).
    const phone = makePhone();
    await t.db.participant.create({
      data: {
        kpj: "88888888881",
        nik: makeNik("1970-01-01", "M"),
        name: "Pemilik HP",
        birthDate: new Date("1970-01-01"),
        gender: "M",
        category: "PU",
        channel: "BANK_OFFICER",
        regencyCode: "3673",
        phone: `+62${phone.slice(1)}`,
      },
    });
    const sharing = await register({ name: "Pengguna HP Sama", phone });
    expect(sharing.reviews.map((r) => r.reason)).toEqual(["SHARED_PHONE"]);

    const outsider = await register({ nik: "3201014507900007", name: "Pendatang", phone: makePhone() });
    expect(outsider.reviews.map((r) => r.reason)).toEqual(["NIK_OUTSIDE_BANTEN"]);

    const rich = await register({ name: "Juragan", income: "150000000" });
    expect(rich.reviews.map((r) => r.reason)).toEqual(["INCOME_OUT_OF_RANGE"]);
  });

  it("lets staff of the participant's region decide; rejection rejects, closes the other cases, is audited and told on /akun", async () => {
    const first = await register({ name: "Kembar Identik" });
    const second = await register({ name: "Kembar Identik", birthDate: "1990-07-05" });
    expect(first.birthDate).toEqual(second.birthDate);
    const [caseA] = second.reviews;
    const staff = await t.db.user.create({
      data: { role: "BPJS_STAFF", name: "Staf", email: `staf-${second.id}@bpjstk.test`, passwordHash: "x", regionCode: "3673" },
    });
    const asOf = jakartaDate();
    const before = (await participantStats(t.db, { asOf })).participants.total;

    await expect(
      decideReviewCase(t.db, { regionCode: "3601" }, { caseId: caseA.id, decision: "REJECTED", note: "Duplikat" }, { userId: staff.id }),
    ).rejects.toBeInstanceOf(ReviewCaseNotFound);
    expect((await openCases(t.db, { regionCode: "3601" })).map((c) => c.id)).not.toContain(caseA.id);
    expect(await reviewOutcome(t.db, second.id)).toEqual({ status: "OPEN", note: null });

    await decideReviewCase(
      t.db,
      { regionCode: "3673" },
      { caseId: caseA.id, decision: "REJECTED", note: "Orang yang sama dengan KPJ lain" },
      { userId: staff.id },
    );
    const after = await t.db.participant.findUniqueOrThrow({ where: { id: second.id }, include: { reviews: true } });
    expect(after.status).toBe("REJECTED");
    expect(after.reviews.every((r) => r.status === "REJECTED")).toBe(true);
    expect(await reviewOutcome(t.db, second.id)).toEqual({ status: "REJECTED", note: "Orang yang sama dengan KPJ lain" });
    expect(await t.db.auditLog.count({ where: { entityId: second.id, action: "review.rejected", actorId: staff.id } })).toBe(1);
    expect((await participantStats(t.db, { asOf })).participants.total).toBe(before - 1);
    await expect(
      decideReviewCase(t.db, { regionCode: "3673" }, { caseId: caseA.id, decision: "APPROVED", note: "x" }, { userId: staff.id }),
    ).rejects.toBeInstanceOf(ReviewCaseNotFound);
  });
});
