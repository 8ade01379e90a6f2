// The list behind the dashboard's figures: participants matching the same
// filters, newest first, keyset-paged, NIK masked (staff need who, not the
// full number: UU 27/2022).
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { maskNik } from "../domain/nik";
import { jakartaDayRange } from "../domain/time";
import { BANTEN_REGENCY_CODES, regencyName } from "../domain/regions";
import type { DashboardFilters } from "./filters";

export const LIST_PAGE_SIZE = 50;

type Cursor = { createdAt: string; id: string };
const cursor = {
  encode: (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url"),
  decode(value: string | undefined): Cursor | undefined {
    if (!value) return undefined;
    try {
      const parsed = z
        .object({ createdAt: z.iso.datetime(), id: z.uuid() })
        .safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  },
};

/** Same reading of "as of" as the rollups: registered by the end of that day in Jakarta, not rejected (unless asked for). */
export function participantWhere(filters: DashboardFilters): Prisma.ParticipantWhereInput {
  return {
    createdAt: { lt: jakartaDayRange(filters.asOf).end },
    status: filters.status ?? { not: "REJECTED" },
    regencyCode: filters.regency ?? { in: BANTEN_REGENCY_CODES },
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.branch ? { branchId: filters.branch } : filters.via === "bjb" ? { branchId: { not: null } } : {}),
  };
}

const listSelect = {
  id: true,
  kpj: true,
  nik: true,
  name: true,
  category: true,
  channel: true,
  status: true,
  regencyCode: true,
  createdAt: true,
  diedOn: true,
  // Why a rejected registration was rejected: the review's decision.
  reviews: { where: { status: "REJECTED" }, orderBy: { decidedAt: "desc" }, take: 1, select: { decisionNote: true } },
} satisfies Prisma.ParticipantSelect;

export type ParticipantRow = {
  id: string;
  kpj: string;
  nik: string;
  name: string;
  category: string;
  channel: string;
  status: string;
  regency: string;
  createdAt: Date;
  /** The list only: the day of death, or why the registration was rejected. */
  statusNote?: string;
};

function toRow({ diedOn, reviews, ...p }: Prisma.ParticipantGetPayload<{ select: typeof listSelect }>): ParticipantRow {
  const statusNote = diedOn ? diedOn.toISOString().slice(0, 10) : reviews[0]?.decisionNote;
  return { ...p, nik: maskNik(p.nik), regency: regencyName(p.regencyCode) ?? p.regencyCode, ...(statusNote ? { statusNote } : {}) };
}

/** One page after `after` (a cursor from the previous page). */
export async function listParticipants(database: Db, filters: DashboardFilters, after?: string, take = LIST_PAGE_SIZE) {
  const from = cursor.decode(after);
  const rows = await database.participant.findMany({
    where: {
      AND: [
        participantWhere(filters),
        from ? { OR: [{ createdAt: { lt: new Date(from.createdAt) } }, { createdAt: new Date(from.createdAt), id: { lt: from.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: listSelect,
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    rows: page.map(toRow),
    next: rows.length > take && last ? cursor.encode({ createdAt: last.createdAt.toISOString(), id: last.id }) : undefined,
  };
}

/** Every matching row, page by page, for streamed exports (memory stays flat). */
export async function* allParticipants(database: Db, filters: DashboardFilters, batch = 5_000) {
  let after: string | undefined;
  do {
    const page = await listParticipants(database, filters, after, batch);
    yield page.rows;
    after = page.next;
  } while (after);
}
