// Searching the audit log (issue 6.2): read-only, newest first, keyset pages.
// Staff of a region see what was done to participants of their regency and
// what they did themselves; admins and provincial staff see everything.
import { z } from "zod";
import { isSupportedDay } from "../domain/time";

/** PostgreSQL's bigint, the audit log's id. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;
import type { RegionScope } from "../auth/scope";
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { maskNik, parseNik } from "../domain/nik";
import { jakartaDayRange } from "../domain/time";
import { searchField } from "../validation/person";

export const AUDIT_PAGE_SIZE = 50;

/** The kinds of record the audit log names (AuditLog.entity), as the search offers them. */
export const AUDIT_ENTITIES = [
  "Participant",
  "Company",
  "Bill",
  "Payment",
  "ConstructionProject",
  "CreditReferral",
  "Settlement",
  "ImportBatch",
] as const;

export const auditFiltersSchema = z.object({
  /** An action or its prefix: "review." finds every review decision. */
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z_.]*$/)
    .optional()
    .catch(undefined),
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  entityId: searchField(64),
  /** The actor's e-mail (staff, officers). */
  actor: z.string().trim().toLowerCase().max(120).optional().catch(undefined),
  from: z.iso.date().refine(isSupportedDay).optional().catch(undefined),
  to: z.iso.date().refine(isSupportedDay).optional().catch(undefined),
  // An audit id (bigint): a number past its range read as no cursor (it failed the page under HTTP 200: issue 15).
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .refine((value) => BigInt(value) <= MAX_BIGINT)
    .optional()
    .catch(undefined),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
/** Regional staff see their regency's participants and their own acts; null region = everything. */
export type AuditScope = RegionScope & { userId: string };

export type AuditEntry = {
  id: bigint;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
};

export async function searchAudit(database: Db, filters: AuditFilters, scope: AuditScope) {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.action) conditions.push(Prisma.sql`a."action" LIKE ${`${filters.action}%`}`);
  if (filters.entity) conditions.push(Prisma.sql`a."entity" = ${filters.entity}`);
  if (filters.entityId) conditions.push(Prisma.sql`a."entityId" = ${filters.entityId}`);
  if (filters.actor) conditions.push(Prisma.sql`u."email" = ${filters.actor}`);
  if (filters.from) conditions.push(Prisma.sql`a."at" >= ${jakartaDayRange(filters.from).start}`);
  if (filters.to) conditions.push(Prisma.sql`a."at" < ${jakartaDayRange(filters.to).end}`);
  if (filters.before) conditions.push(Prisma.sql`a."id" < ${BigInt(filters.before)}`);
  if (scope.regionCode) {
    // The CASE casts only a participant's id (other records' ids need not be uuids), so the
    // lookup is one primary-key probe per candidate row, not a scan of Participant.
    conditions.push(Prisma.sql`(a."actorId" = ${scope.userId}::uuid OR (a."entity" = 'Participant' AND EXISTS (
      SELECT 1 FROM "Participant" p
      WHERE p."id" = CASE WHEN a."entity" = 'Participant' THEN a."entityId"::uuid END AND p."regencyCode" = ${scope.regionCode})))`);
  }
  const rows = await database.$queryRaw<AuditEntry[]>`
    SELECT a."id", a."at", a."action", a."entity", a."entityId", u."name" AS "actorName", a."actorRole"::text AS "actorRole",
      a."ip", a."userAgent", a."before", a."after"
    FROM "AuditLog" a LEFT JOIN "User" u ON u."id" = a."actorId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a."id" DESC
    LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, next: rows.length > AUDIT_PAGE_SIZE ? String(page.at(-1)!.id) : undefined };
}

/** Before/after as shown to staff: NIKs in them masked like everywhere else (other 16-digit numbers, a VA say, are not NIKs). */
export function auditJson(value: unknown): string {
  if (value === null || value === undefined) return "";
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && parseNik(v).ok ? maskNik(v) : v));
}
