// Large exports are built by a worker, not in a request (issue 13): a request
// for a participant list of more than EXPORT_DIRECT_MAX_ROWS rows (lib/env.ts,
// 50,000 unless set) becomes an ExportJob; a worker writes the file into ExportChunk rows, showing its
// progress; the person who asked downloads it from /dashboard/ekspor for
// EXPORT_KEEP_DAYS. Smaller lists still stream straight from the request.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { participantExportLabels } from "../dashboard/export-labels";
import { participantsCsv, participantsXlsx } from "../dashboard/export";
import { dashboardFilters, dashboardFiltersSchema, statsDimensions, type DashboardFilters } from "../dashboard/filters";
import type { Db } from "../db/prisma";
import { Refusal } from "../failures";
import { DEFAULT_LOCALE, LOCALES, localeOr } from "../i18n/locales";
import type { ExportLabels } from "../dashboard/export";
import { participantStats } from "../stats/queries";
import { messageWithParams } from "../validation/field-errors";

/** Exports waiting or being built per person at once. */
export const EXPORTS_PENDING_MAX = 3;
/** Days a finished export is kept for download. */
export const EXPORT_KEEP_DAYS = 7;
/** Bytes per stored piece of the file. */
const CHUNK_BYTES = 1 << 20;

export const FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const exportFileName = (filters: DashboardFilters, format: ExportFormat) =>
  `peserta-${filters.regency ?? "banten"}-${filters.asOf}.${format}`;

/** How many rows the filters select, from the rollups (cheap at 12M participants). */
export async function expectedExportRows(db: Db, filters: DashboardFilters): Promise<number> {
  const { participants } = await participantStats(db, { asOf: filters.asOf, ...statsDimensions(filters) });
  return participants.total;
}

export const exportRequestSchema = dashboardFiltersSchema.extend({
  format: z.enum(FORMATS, "errors.invalid"),
  locale: z.enum(LOCALES, "errors.invalid").default(DEFAULT_LOCALE),
});

/** Staff ask for a large participant list: held to their scope now, built by a worker. */
export const participantExportRequest = defineAction({
  permission: "dashboard.read",
  input: exportRequestSchema,
  // Counting and labelling read only; the job and its audit row are written together below.
  transaction: false,
  handler: async (input, { db, access, user, actor }) => {
    const filters = dashboardFilters(input, access);
    const pending = await db.exportJob.count({ where: { requestedById: user.id, status: { in: ["QUEUED", "RUNNING"] } } });
    if (pending >= EXPORTS_PENDING_MAX) throw new Refusal(messageWithParams("errors.exportsPending", { max: EXPORTS_PENDING_MAX }));
    const [expectedRows, labels] = await Promise.all([
      expectedExportRows(db, filters),
      participantExportLabels(db, filters, localeOr(input.locale)),
    ]);
    const job = await db.$transaction(async (tx) => {
      const created = await tx.exportJob.create({
        data: {
          requestedById: user.id,
          format: input.format,
          filters,
          labels,
          fileName: exportFileName(filters, input.format),
          expectedRows,
        },
      });
      await recordAudit(tx, actor, {
        action: "export.request",
        entity: "ExportJob",
        entityId: created.id,
        after: { format: input.format, filters, expectedRows },
      });
      return created;
    });
    return { exportId: job.id };
  },
  revalidate: () => ["/dashboard/ekspor"],
  redirect: () => "/dashboard/ekspor",
});

/**
 * Builds one export (the "export.build" job). Safe to run again: each run is a
 * new attempt writing its own pieces; a run that lost its job to another stops
 * at its next write, and only the attempt that finishes is kept.
 */
export async function buildExport(db: Db, exportId: string): Promise<void> {
  // Deleted meanwhile (too old), or finished by a run whose job this one is a late copy of: nothing to do.
  const current = await db.exportJob.findUnique({ where: { id: exportId }, select: { status: true } });
  if (!current || current.status === "DONE") return;
  // One UPDATE … RETURNING: two runs starting at once get different attempt numbers.
  const started = await db.exportJob.update({
    where: { id: exportId },
    data: { status: "RUNNING", rows: 0, bytes: 0, attempts: { increment: 1 }, lastError: null },
  });
  const attempt = started.attempts;
  const mine = { id: exportId, attempts: attempt };
  const stillMine = async (data: Parameters<Db["exportJob"]["updateMany"]>[0]["data"]) => {
    const { count } = await db.exportJob.updateMany({ where: mine, data });
    if (count === 0) throw new Superseded();
  };
  try {
    const filters = started.filters as DashboardFilters;
    const labels = started.labels as ExportLabels;
    let rows = 0;
    // After each batch read (5,000 rows): the progress shown, and the check that this run still holds the export.
    const onRows = async (written: number) => {
      rows += written;
      await stillMine({ rows });
    };
    const format = started.format as ExportFormat;
    const stream = format === "xlsx" ? participantsXlsx(db, filters, labels, { onRows }) : participantsCsv(db, filters, labels, onRows);
    let seq = 0;
    let bytes = 0;
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = async () => {
      if (size === 0) return;
      await db.exportChunk.create({ data: { exportId, attempt, seq: seq++, data: Buffer.concat(pending) } });
      bytes += size;
      pending = [];
      size = 0;
    };
    const reader = stream.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      pending.push(part.value);
      size += part.value.length;
      if (size >= CHUNK_BYTES) await flush();
    }
    await flush();
    await db.$transaction(async (tx) => {
      const { count } = await tx.exportJob.updateMany({
        where: mine,
        data: { status: "DONE", rows, bytes: BigInt(bytes), finishedAt: new Date() },
      });
      if (count === 0) throw new Superseded();
      await tx.exportChunk.deleteMany({ where: { exportId, attempt: { not: attempt } } });
    });
  } catch (error) {
    if (error instanceof Superseded) return;
    await db.exportJob.updateMany({ where: mine, data: { status: "FAILED", lastError: String((error as Error).message).slice(0, 500) } });
    throw error;
  }
}

class Superseded extends Error {}

/** The requester's exports, newest first, without their files. */
export function exportsOf(db: Db, userId: string) {
  return db.exportJob.findMany({
    where: { requestedById: userId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      format: true,
      fileName: true,
      status: true,
      expectedRows: true,
      rows: true,
      bytes: true,
      createdAt: true,
      finishedAt: true,
    },
  });
}

/** The file of a finished export, piece by piece (one piece in memory at a time); null unless it is the requester's and done. */
export async function exportFile(db: Db, userId: string, exportId: string) {
  if (!z.uuid().safeParse(exportId).success) return null;
  const job = await db.exportJob.findFirst({ where: { id: exportId, requestedById: userId, status: "DONE" } });
  if (!job) return null;
  let seq = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.exportChunk.findUnique({
        where: { exportId_attempt_seq: { exportId, attempt: job.attempts, seq: seq++ } },
        select: { data: true },
      });
      if (!chunk) return controller.close();
      controller.enqueue(new Uint8Array(chunk.data));
    },
  });
  return { fileName: job.fileName, format: job.format as ExportFormat, bytes: job.bytes, body };
}

/** Deletes exports older than EXPORT_KEEP_DAYS (their pieces go with them); the nightly job calls it. */
export async function deleteOldExports(db: Db, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EXPORT_KEEP_DAYS * 86_400_000);
  const { count } = await db.exportJob.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
