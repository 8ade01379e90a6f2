// Issue 17.6: BJB officer performance — per officer and branch the clients enrolled, those who made a first payment
// and the clients' arrears, kept on each company by a trigger on bills (any path that issues, pays or reverses).
import { describe, expect, it } from "vitest";
import { tableFile } from "../../lib/dashboard/export";
import { dashboardFigures } from "../../lib/dashboard/figures";
import { summaryRows } from "../../lib/dashboard/summary";
import { dashboardFilters } from "../../lib/dashboard/filters";
import { jakartaDate } from "../../lib/domain/time";
import { officerClients } from "../../lib/stats/officer-clients";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { dashboardReader, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();

async function client(officer: ReturnType<typeof sessionUserOf>) {
  const form = umkmFormValues({ workers: JSON.stringify([workerValues()]) });
  const { companyId } = succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
  return companyId;
}

let va = 0;
const bill = (companyId: string, month: string, total: bigint) =>
  t.db.bill.create({
    data: {
      billingKey: `PU:${companyId}:${month}`,
      category: "PU",
      companyId,
      periodStart: new Date(`${month}-01`),
      periodMonths: 1,
      dueDate: new Date(`${month}-15`),
      total,
      virtualAccount: `88129${String(Date.now()).slice(-8)}${String(va++).padStart(3, "0")}`,
    },
  });

describe("BJB officer performance", () => {
  it("counts each officer's clients, first payments and arrears, and follows payments and reversals", async () => {
    const [serang, tangerang] = [await createBranch(t.db), await createBranch(t.db, "3671")];
    const officer = sessionUserOf(await createOfficer(t.db, serang.id));
    const other = sessionUserOf(await createOfficer(t.db, tangerang.id));
    const [first, second] = [await client(officer), await client(officer)];
    await client(other);
    const today = jakartaDate();

    const october = await bill(first, "2026-10", 500_000n);
    await bill(second, "2026-10", 300_000n);
    const mine = () => officerClients(t.db, { asOf: today, branchId: serang.id });
    expect(await mine()).toEqual([{ officerId: officer.id, branchId: serang.id, clients: 2, paying: 0, arrears: 800_000n }]);

    // Paid in part, then in full: the arrears follow, and the first payment counts once paid.
    await t.db.bill.update({ where: { id: october.id }, data: { paidAmount: 200_000n, status: "PARTIALLY_PAID" } });
    expect((await mine())[0]).toMatchObject({ paying: 0, arrears: 600_000n });
    const paidAt = new Date("2026-11-10T03:00:00Z");
    await t.db.bill.update({ where: { id: october.id }, data: { paidAmount: 500_000n, status: "PAID", paidAt } });
    expect((await mine())[0]).toMatchObject({ paying: 1, arrears: 300_000n });
    expect((await t.db.company.findUniqueOrThrow({ where: { id: first } })).firstPaidAt).toEqual(paidAt);
    // A fine accrues on the other client's bill.
    await t.db.bill.updateMany({ where: { companyId: second }, data: { fineAmount: 6_000n } });
    expect((await mine())[0]).toMatchObject({ arrears: 306_000n });
    // The payment reversed: no first payment after all, the bill owed again.
    await t.db.bill.update({ where: { id: october.id }, data: { paidAmount: 0n, status: "UNPAID", paidAt: null } });
    expect((await mine())[0]).toMatchObject({ paying: 0, arrears: 806_000n });
    expect((await t.db.company.findUniqueOrThrow({ where: { id: first } })).firstPaidAt).toBeNull();

    // The same as a naive sum over the bills.
    const [naive] = await t.db.$queryRaw<{ open: bigint }[]>`
      SELECT COALESCE(sum(GREATEST(b."total" + b."fineAmount" - b."paidAmount", 0)), 0)::bigint AS "open"
      FROM "Bill" b JOIN "Company" c ON c."id" = b."companyId" WHERE c."enrolledById" = ${officer.id}::uuid AND b."status" <> 'PAID'`;
    expect((await mine())[0]!.arrears).toBe(naive!.open);

    // On the BJB view of the dashboard, beside the participants the officer enrolled (the owners and workers).
    const data = await dashboardFigures(t.db, dashboardFilters({ via: "bjb", branch: serang.id }, dashboardReader()));
    expect(data.officers).toEqual([
      expect.objectContaining({ officerId: officer.id, participants: 4, clients: 2, paying: 0, arrears: 806_000n }),
    ]);
    // And per branch: the officers' rows added up.
    expect(data.branchPerformance).toEqual([
      expect.objectContaining({ branchId: serang.id, participants: 4, clients: 2, paying: 0, arrears: 806_000n }),
    ]);
    // In the summary file (CSV and XLSX) beside the officer's name and per branch.
    const rows = summaryRows(data, {
      title: "Ringkasan",
      filters: [],
      figures: [],
      regency: "Wilayah",
      categories: ["PU", "BPU", "JAKON"],
      total: "Total",
      month: "Bulan",
      officers: {
        heading: ["Petugas", "Cabang", "Total", "Baru", "Klien", "Bayar pertama", "Tunggakan", "Kampanye", "Kampanye bayar"],
        unknown: "API",
        branch: "Cabang",
      },
    });
    const [officerRow] = data.officers;
    // The last two: self-registrations through the officer's campaigns (none here; tests/integration/funnel.test.ts).
    expect(rows).toContainEqual([officerRow!.name, officerRow!.branchName, 4, 4, 2, 0, 806_000, 0, 0]);
    expect(rows).toContainEqual([officerRow!.branchName, 4, 4, 2, 0, 806_000, 0, 0]);
    expect(new TextDecoder().decode(await tableFile("csv", "Ringkasan", rows))).toContain(",4,4,2,0,806000,0,0");
  });
});
