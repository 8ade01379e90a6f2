// Large exports as jobs (issue 13): asked for in a request, held to the
// requester's scope, built by a worker into stored pieces, safe
// when two workers build the same one, downloaded only by who asked, deleted
// after a week.
import ExcelJS from "exceljs";
import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import { accessOf } from "../../lib/auth/access";
import { participantsXlsx } from "../../lib/dashboard/export";
import { participantExportLabels } from "../../lib/dashboard/export-labels";
import { dashboardFilters } from "../../lib/dashboard/filters";
import { dispatchExports } from "../../lib/jobs/dispatch";
import { QUEUES } from "../../lib/jobs/queues";
import {
  buildExport,
  deleteOldExports,
  EXPORTS_PENDING_MAX,
  exportFile,
  participantExportRequest,
} from "../../lib/exports/participant-export";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { bpuWorker } from "../support/bpu-fixtures";
import { setupTestDatabase } from "../support/database";
import { createStaff } from "../support/records";

const t = setupTestDatabase();
const PANDEGLANG = "3601";
const LEBAK = "3602";

const bytes = async (body: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(body).arrayBuffer());
const text = async (body: ReadableStream<Uint8Array>) => new TextDecoder().decode(await bytes(body));

describe("large exports", () => {
  it("are asked for within the requester's regency, built by a worker, and downloaded only by them", async () => {
    for (let i = 0; i < 12; i++) await bpuWorker(t.db, { regencyCode: PANDEGLANG });
    await bpuWorker(t.db, { regencyCode: LEBAK });
    const staff = await createStaff(t.db, PANDEGLANG);
    const as = sessionUserOf(staff);

    // Asking for all of Banten gets their own regency: the filters are held to their scope when asked.
    const { exportId } = succeeded(await runAs(t.db, participantExportRequest, { format: "csv", regency: LEBAK }, { as }));
    const job = await t.db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(job).toMatchObject({ status: "QUEUED", format: "csv", expectedRows: 12, fileName: expect.stringMatching(/^peserta-3601-/) });
    expect((job.filters as { regency: string }).regency).toBe(PANDEGLANG);
    expect(await t.db.auditLog.count({ where: { action: "export.request", entityId: exportId, actorId: staff.id } })).toBe(1);

    // The worker's path: handed to the queue once, fetched, built.
    const boss = new PgBoss({ connectionString: t.url, max: 2, schedule: false, supervise: false });
    await boss.start();
    try {
      await boss.createQueue(QUEUES.buildExport);
      expect(await dispatchExports(t.db, boss)).toBe(1);
      expect(await dispatchExports(t.db, boss)).toBe(0);
      const [fetched] = await boss.fetch<{ exportId: string }>(QUEUES.buildExport);
      await buildExport(t.db, fetched!.data.exportId);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const done = await t.db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(done).toMatchObject({ status: "DONE", rows: 12, attempts: 1 });

    const file = await bytes((await exportFile(t.db, staff.id, exportId))!.body);
    expect(file.length).toBe(Number(done.bytes));
    const csv = new TextDecoder().decode(file);
    // One line per participant (their KPJ first), regency named, NIKs masked.
    expect(csv.split("\r\n").filter((line) => /^47\d{9},/.test(line))).toHaveLength(12);
    expect(csv).toContain("Kabupaten Pandeglang");
    expect(csv).not.toMatch(/\b\d{16}\b/);

    // Anyone else, even staff of the same regency, finds nothing; nor does a malformed id.
    const colleague = await createStaff(t.db, PANDEGLANG);
    expect(await exportFile(t.db, colleague.id, exportId)).toBeNull();
    expect(await exportFile(t.db, staff.id, "../../etc/passwd")).toBeNull();
  });

  it("keep one file when two workers build the same export at once (a job taken over), and refuse a fourth pending one", async () => {
    for (let i = 0; i < 5; i++) await bpuWorker(t.db, { regencyCode: "3604" });
    const staff = await createStaff(t.db, "3604");
    const as = sessionUserOf(staff);
    const { exportId } = succeeded(await runAs(t.db, participantExportRequest, { format: "csv" }, { as }));
    await Promise.all([buildExport(t.db, exportId), buildExport(t.db, exportId)]);
    const job = await t.db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(job.status).toBe("DONE");
    // Only the finishing attempt's pieces are left, and they make a whole file.
    const attempts = await t.db.exportChunk.groupBy({ by: ["attempt"], where: { exportId } });
    expect(attempts).toEqual([{ attempt: job.attempts }]);
    const csv = await text((await exportFile(t.db, staff.id, exportId))!.body);
    expect(csv.split("\r\n").filter((line) => /^47\d{9},/.test(line))).toHaveLength(job.rows);
    expect(job.rows).toBe(5);

    for (let i = 1; i < EXPORTS_PENDING_MAX; i++) succeeded(await runAs(t.db, participantExportRequest, { format: "xlsx" }, { as }));
    succeeded(await runAs(t.db, participantExportRequest, { format: "xlsx" }, { as }));
    expectRefused(
      await runAs(t.db, participantExportRequest, { format: "csv" }, { as }),
      {},
      `errors.exportsPending?max=${EXPORTS_PENDING_MAX}`,
    );
    expectRefused(await runAs(t.db, participantExportRequest, { format: "pdf" }, { as }), { format: "errors.invalid" });
  });

  it("split an XLSX file over sheets before Excel's row limit", async () => {
    for (let i = 0; i < 5; i++) await bpuWorker(t.db, { regencyCode: "3603" });
    const filters = dashboardFilters({ regency: "3603" }, accessOf("dashboard.read", sessionUserOf(await createStaff(t.db, null))));
    const labels = await participantExportLabels(t.db, filters, "id");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(participantsXlsx(t.db, filters, labels, { rowsPerSheet: 2 }))).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Peserta", "Peserta 2", "Peserta 3"]);
    const dataRows = workbook.worksheets.map((sheet) => sheet.rowCount - (labels.filters.length + 3));
    expect(dataRows).toEqual([2, 2, 1]);
  });

  it("are deleted, pieces and all, after a week", async () => {
    const staff = await createStaff(t.db, LEBAK);
    const { exportId } = succeeded(await runAs(t.db, participantExportRequest, { format: "csv" }, { as: sessionUserOf(staff) }));
    await buildExport(t.db, exportId);
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    expect(await deleteOldExports(t.db, eightDaysLater)).toBeGreaterThanOrEqual(1);
    expect(await t.db.exportChunk.count({ where: { exportId } })).toBe(0);
  });
});
