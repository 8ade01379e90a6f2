// BPU retention cohorts (issue 17.3): kept by triggers on participants and bills
// (lib/stats/retention-rollups.sql), checked against a naive count over the
// participants and their paid bills after every kind of change.
import { describe, expect, it } from "vitest";
import { addMonths, monthsBetween, periodOf, type Period } from "../../lib/domain/billing-period";
import { pooledShare, retentionBy } from "../../lib/domain/bpu-retention";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { bpuCohorts } from "../../lib/stats/retention";
import { bpuWorker } from "../support/bpu-fixtures";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();

let va = 0;
/** A programme for a sponsor's collective bill. */
async function programme() {
  const sponsor = await t.db.sponsor.create({ data: { name: "Pemprov Banten (uji)", kind: "PROVINCE" } });
  const made = await t.db.sponsorProgramme.create({
    data: {
      sponsorId: sponsor.id,
      name: "Pekerja Rentan",
      legalBasis: "Pergub Banten (uji)",
      funding: "APBD",
      budgetYear: 2026,
      ceiling: 10_000_000n,
      fromPeriod: "2026-01",
      toPeriod: "2026-12",
      regencyCodes: [],
      occupations: [],
      minAge: 18,
      maxAge: 60,
    },
  });
  return made.id;
}

/** A BPU bill of `months` months from `period`: the worker's own, or (owner null) a programme's with a line per person. */
async function bill(
  owner: string | null,
  period: string,
  options: { months?: number; status?: "PAID" | "UNPAID"; people?: string[]; programmeId?: string } = {},
) {
  va += 1;
  const people = options.people ?? (owner ? [owner] : []);
  return t.db.bill.create({
    data: {
      billingKey: `RETENTION:${owner ?? "collective"}:${period}:${va}`,
      category: "BPU",
      participantId: owner,
      programmeId: options.programmeId,
      periodStart: new Date(`${period}-01`),
      periodMonths: options.months ?? 1,
      dueDate: new Date(`${period}-15`),
      total: 16_800n * BigInt(people.length),
      status: options.status ?? "PAID",
      paidAmount: options.status === "UNPAID" ? 0n : 16_800n * BigInt(people.length),
      virtualAccount: formatVirtualAccount(BigInt(71_000_000_000 + va)),
      lines: {
        create: people.map((participantId) => ({
          program: "JKK" as const,
          participantId,
          base: 1_000_000,
          workerAmount: 16_800,
          amount: 16_800,
        })),
      },
    },
  });
}

/** The same counts from scratch: every BPU participant not rejected, and the months their paid BPU bills cover. */
async function naiveCohorts() {
  const people = await t.db.participant.findMany({ where: { category: "BPU", status: { not: "REJECTED" } } });
  const paid = await t.db.bill.findMany({ where: { category: "BPU", status: "PAID" }, include: { lines: true } });
  const sizes = new Map<string, number>();
  const months = new Map<string, number>();
  for (const p of people) {
    const cohort = periodOf(new Date(p.createdAt.getTime() + 7 * 3_600_000).toISOString());
    const key = `${cohort}:${p.regencyCode}:${p.channel}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
    const covered = new Set<number>();
    for (const b of paid) {
      if (b.participantId !== p.id && !(b.programmeId && b.lines.some((l) => l.participantId === p.id))) continue;
      for (let i = 0; i < b.periodMonths; i++) covered.add(monthsBetween(cohort, addMonths(periodOf(b.periodStart.toISOString()), i)));
    }
    for (const k of covered) if (k >= 0 && k <= 12) months.set(`${key}:${k}`, (months.get(`${key}:${k}`) ?? 0) + 1);
  }
  return { sizes, months };
}

async function expectRollupsMatchNaive() {
  const { sizes, months } = await naiveCohorts();
  const rolledSizes = await t.db.bpuCohortSize.findMany({ where: { participants: { not: 0 } } });
  const rolledMonths = await t.db.bpuCohortPaid.findMany({ where: { participants: { not: 0 } } });
  const month = (d: Date) => d.toISOString().slice(0, 7);
  expect(new Map(rolledSizes.map((r) => [`${month(r.cohortMonth)}:${r.regencyCode}:${r.channel}`, r.participants]))).toEqual(sizes);
  expect(
    new Map(rolledMonths.map((r) => [`${month(r.cohortMonth)}:${r.regencyCode}:${r.channel}:${r.monthsAfter}`, r.participants])),
  ).toEqual(months);
}

const registered = (createdAt: string, options: Parameters<typeof bpuWorker>[1] = {}) =>
  bpuWorker(t.db, options).then((p) => t.db.participant.update({ where: { id: p.id }, data: { createdAt: new Date(createdAt) } }));

describe("BPU retention cohorts", () => {
  it("looks up one person's paid months without JIT compilation or parallel workers (run per person a batch pays)", async () => {
    // At 12M participants the planner's estimates passed jit_above_cost and each call was compiled with LLVM first:
    // ~25 ms a call, the seed's first BPU batch 40 times slower (docs/benchmarks.md). The settings travel with the function.
    const [fn] = await t.db.$queryRaw<{ config: string[] }[]>`
      SELECT proconfig AS config FROM pg_proc WHERE proname = 'bpu_paid_months'`;
    expect(fn!.config).toEqual(expect.arrayContaining(["enable_seqscan=off", "jit=off", "max_parallel_workers_per_gather=0"]));
  });

  it("counts each cohort's months paid, by the worker or a sponsor, and follows reversals, rejections, moves and category changes", async () => {
    // January's cohort (Jakarta): one registered on the 10th, one at 01:00 on 1 February Jakarta time is February's.
    const siti = await registered("2026-01-10T03:00:00Z");
    const budi = await registered("2026-01-31T18:00:00Z", { regencyCode: "3671" });
    const ani = await registered("2026-01-20T03:00:00Z");
    const pu = await registered("2026-01-05T03:00:00Z", { category: "PU" });

    await bill(siti.id, "2026-01");
    const february = await bill(siti.id, "2026-02");
    await bill(siti.id, "2026-04", { months: 3 }); // April to June paid ahead in one bill
    await bill(siti.id, "2026-07", { status: "UNPAID" });
    // A sponsor's collective bill, issued (lines written) and then paid, as the billing run and BJB do.
    const collective = await bill(null, "2026-03", { people: [budi.id, ani.id], programmeId: await programme(), status: "UNPAID" });
    await t.db.bill.update({ where: { id: collective.id }, data: { status: "PAID", paidAmount: collective.total } });
    await bill(ani.id, "2027-02"); // thirteen months after January: beyond what is kept
    await expectRollupsMatchNaive();
    // A line added to the paid collective bill, then taken off again (a correction): the person's month follows.
    const added = await t.db.billLine.create({
      data: { billId: collective.id, program: "JKM", participantId: siti.id, base: 1_000_000, workerAmount: 6_800, amount: 6_800 },
    });
    await expectRollupsMatchNaive();
    await t.db.billLine.delete({ where: { id: added.id } });
    await expectRollupsMatchNaive();

    const cohorts = await bpuCohorts(t.db, { from: "2026-01", to: "2026-12" });
    const january = cohorts.filter((c) => c.cohort === "2026-01");
    expect(january.reduce((s, c) => s + c.participants, 0)).toBe(2);
    expect(january.find((c) => c.regencyCode === "3673")!.paid).toEqual({ 0: 1, 1: 1, 3: 1 });
    // Budi is February's (Jakarta): his March month is 1 month after.
    expect(cohorts.find((c) => c.cohort === "2026-02")).toMatchObject({ regencyCode: "3671", participants: 1, paid: { 1: 1 } });
    // As of August, January's 3-month mark (April) is judged: Siti paid, Ani did not (her March is 2 months after).
    expect(pooledShare(january, 3, "2026-08")).toEqual({ paid: 1, of: 2 });
    // A mark whose month has not ended is not judged yet.
    expect(pooledShare(january, 6, "2026-07")).toBeNull();
    expect(pooledShare(january, 6, "2026-08")).toEqual({ paid: 0, of: 2 });

    // The February payment reversed.
    await t.db.bill.update({ where: { id: february.id }, data: { status: "UNPAID", paidAmount: 0n } });
    await expectRollupsMatchNaive();
    // Budi rejected, then taken back: out of his cohort and in again with his months.
    await t.db.participant.update({ where: { id: budi.id }, data: { status: "REJECTED" } });
    await expectRollupsMatchNaive();
    await t.db.participant.update({ where: { id: budi.id }, data: { status: "ACTIVE" } });
    await expectRollupsMatchNaive();
    // Siti moves to Cilegon and is taken on by an officer: her counts move with her.
    await t.db.participant.update({ where: { id: siti.id }, data: { regencyCode: "3672", channel: "BANK_OFFICER" } });
    await expectRollupsMatchNaive();
    // The PU worker becomes BPU (left the job and went on alone): January's cohort, with any months paid.
    await t.db.participant.update({ where: { id: pu.id }, data: { category: "BPU" } });
    await bill(pu.id, "2026-03");
    await expectRollupsMatchNaive();
    // Ani becomes PU: out of the cohorts.
    await t.db.participant.update({ where: { id: ani.id }, data: { category: "PU" } });
    await expectRollupsMatchNaive();
    // A paid bill removed, and a participant deleted.
    await t.db.billLine.deleteMany({ where: { bill: { participantId: pu.id } } });
    await t.db.bill.deleteMany({ where: { participantId: pu.id } });
    await expectRollupsMatchNaive();
    await t.db.participant.delete({ where: { id: pu.id } });
    await expectRollupsMatchNaive();

    const byChannel = retentionBy(await bpuCohorts(t.db, { from: "2026-01", to: "2026-12" }), (c) => c.channel, "2026-12" as Period);
    expect(byChannel.find((r) => r.key === "BANK_OFFICER")).toMatchObject({
      participants: 1,
      shares: { 0: { paid: 1, of: 1 }, 1: { paid: 0, of: 1 } },
    });
  });
});
