// BJB's daily settlement file (CSV: bank reference, virtual account, amount,
// paid at) against the payments the portal recorded: matched, missing in the
// portal (paid at the bank, never notified), missing in the bank (recorded
// here, not in BJB's file), and amount mismatches.
import Papa from "papaparse";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { jsonColumn } from "../db/json-column";
import type { Db, Tx } from "../db/prisma";
import { dateColumn } from "../domain/billing-period";
import { jakartaDayRange } from "../domain/time";
import { bankReferenceSchema } from "../payments/schema";
import { messageWithParams } from "../validation/field-errors";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "../validation/upload";

const HEADERS: Record<string, "bankReference" | "virtualAccount" | "amount" | "paidAt"> = {
  bankreference: "bankReference",
  "bank reference": "bankReference",
  "referensi bank": "bankReference",
  virtualaccount: "virtualAccount",
  "virtual account": "virtualAccount",
  va: "virtualAccount",
  amount: "amount",
  jumlah: "amount",
  paidat: "paidAt",
  "paid at": "paidAt",
  "waktu bayar": "paidAt",
};

const lineSchema = z.object({
  // BJB's reference, as its notifications carry it (printable ASCII, no spaces):
  // anything else is no reference of theirs, and a NUL would fail the insert.
  bankReference: z.string().trim().pipe(bankReferenceSchema),
  virtualAccount: z
    .string()
    .trim()
    .regex(/^\d{16}$/),
  // Whole rupiah written as digits only: "1e3" or "0x10" in a bank file is an error, not Rp 1,000 or Rp 16.
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .pipe(z.number().int().positive()),
  paidAt: z.iso.datetime({ offset: true }),
});

export type SettlementLine = z.output<typeof lineSchema>;
export type SettlementParse =
  | { ok: true; lines: SettlementLine[] }
  | { ok: false; error: "headers" | "empty" | "trailer" }
  | { ok: false; error: "line"; line: number };

/**
 * BJB's trailer, the file's last line: `TRAILER,<number of lines>,<total amount>` (issue 12: a file must end
 * with the bank's trailer and is refused whole when it does not match). The exact layout of BJB's own
 * trailer is not published: this one is ours, one place to change.
 */
const TRAILER = /^TRAILER$/i;

function trailerOf(cells: string[]): { count: number; total: bigint } | null {
  const [tag, count, total] = cells.map((cell) => cell.trim());
  if (!tag || !TRAILER.test(tag) || !/^\d{1,9}$/.test(count ?? "") || !/^\d{1,18}$/.test(total ?? "")) return null;
  return { count: Number(count), total: BigInt(total!) };
}

export function parseSettlementCsv(text: string): SettlementParse {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" }).data;
  const [header, ...rest] = rows;
  if (!header || rest.length === 0) return { ok: false, error: "empty" };
  const columns = header.map((h) => HEADERS[h.trim().toLowerCase()]);
  if (!["bankReference", "virtualAccount", "amount", "paidAt"].every((c) => columns.includes(c as never))) {
    return { ok: false, error: "headers" };
  }
  const trailer = trailerOf(rest.at(-1)!);
  if (!trailer) return { ok: false, error: "trailer" };
  const body = rest.slice(0, -1);
  if (body.length === 0) return { ok: false, error: "empty" };
  const lines: SettlementLine[] = [];
  for (const [index, cells] of body.entries()) {
    const parsed = lineSchema.safeParse(Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
    if (!parsed.success) return { ok: false, error: "line", line: index + 2 };
    lines.push(parsed.data);
  }
  const total = lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);
  if (trailer.count !== lines.length || trailer.total !== total) return { ok: false, error: "trailer" };
  return { ok: true, lines };
}

/** What staff upload (a business date and BJB's file), checked whole before anything is stored. */
export const settlementUploadSchema = z.object({
  businessDate: z.iso.date("errors.date"),
  file: z
    .file("errors.sheet.empty")
    .min(1, "errors.sheet.empty")
    .max(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE)
    .transform(async (file, ctx) => {
      const parsed = parseSettlementCsv(await file.text());
      if (parsed.ok) return { fileName: file.name.slice(0, 200), lines: parsed.lines };
      ctx.addIssue({
        code: "custom",
        message:
          parsed.error === "line"
            ? messageWithParams("errors.settlement.line", { line: parsed.line })
            : `errors.settlement.${parsed.error}`,
      });
      return z.NEVER;
    }),
});

/** Staff keep a day's settlement file; the page compares it with the portal's payments. */
export const settlementUpload = defineAction({
  permission: "payment.reconcile",
  input: settlementUploadSchema,
  handler: async ({ businessDate, file }, { tx, user }) => {
    const settlement = await tx.settlement.create({
      data: { fileName: file.fileName, businessDate: dateColumn(businessDate), uploadedById: user.id, lines: jsonColumn(file.lines) },
    });
    return { settlementId: settlement.id };
  },
  redirect: ({ settlementId }) => `/dashboard/rekonsiliasi/${settlementId}`,
});

const storedLinesSchema = z.array(
  z.object({ bankReference: z.string(), virtualAccount: z.string(), amount: z.number().int(), paidAt: z.string() }),
);

/** A stored settlement's lines, as uploaded. */
export function linesOf(settlement: { lines: unknown }): SettlementLine[] {
  return storedLinesSchema.parse(settlement.lines);
}

export interface Reconciliation {
  matched: SettlementLine[];
  missingInPortal: SettlementLine[];
  amountMismatch: { line: SettlementLine; recorded: number }[];
  missingInBank: { bankReference: string; virtualAccount: string; amount: number; paidAt: string }[];
}

/**
 * Compares a day's file with the portal's payments of that Jakarta business
 * day (00:00–24:00 WIB), matched by bank reference.
 */
export async function reconcile(database: Db | Tx, businessDate: string, lines: SettlementLine[]): Promise<Reconciliation> {
  const { start: dayStart, end: dayEnd } = jakartaDayRange(businessDate);
  const references = lines.map((l) => l.bankReference);
  const [byReference, ofTheDay] = await Promise.all([
    database.payment.findMany({ where: { bankReference: { in: references } }, select: { bankReference: true, amount: true } }),
    database.payment.findMany({
      where: { paidAt: { gte: dayStart, lt: dayEnd } },
      select: { bankReference: true, virtualAccount: true, amount: true, paidAt: true },
    }),
  ]);
  const recorded = new Map(byReference.map((p) => [p.bankReference, Number(p.amount)]));
  const inFile = new Set(references);
  const result: Reconciliation = { matched: [], missingInPortal: [], amountMismatch: [], missingInBank: [] };
  for (const line of lines) {
    const amount = recorded.get(line.bankReference);
    if (amount === undefined) result.missingInPortal.push(line);
    else if (amount !== line.amount) result.amountMismatch.push({ line, recorded: amount });
    else result.matched.push(line);
  }
  for (const p of ofTheDay) {
    if (!inFile.has(p.bankReference)) {
      result.missingInBank.push({
        bankReference: p.bankReference,
        virtualAccount: p.virtualAccount,
        amount: Number(p.amount),
        paidAt: p.paidAt.toISOString(),
      });
    }
  }
  return result;
}
