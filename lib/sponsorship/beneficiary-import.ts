// A sponsor's beneficiary list from a sheet (issue 16), in two steps like the
// officer's worker import: check, here (every row: its fields, the programme's
// eligibility, another payer, the budget; nothing saved, a report per row), and
// save (beneficiary-save.ts: the whole list, or nothing).
import { addMonths, currentPeriod, periodsFrom, type Period } from "../domain/billing-period";
import type { IneligibleReason } from "../domain/sponsorship";
import { jsonColumn } from "../db/json-column";
import type { Db, Tx } from "../db/prisma";
import { NIK_AS_NUMBER, parseSheet, type TableRow } from "../spreadsheets/table-sheet";
import { ERRORS_SHOWN, streamUploadCheck, type RowMessages } from "../spreadsheets/upload-check";
import { messageWithParams, type FieldErrors } from "../validation/field-errors";
import { sha256 } from "../worker-import/batch";
import {
  assessBeneficiaries,
  readProgramme,
  registeredBeneficiaries,
  type Beneficiary,
  type BeneficiaryProblem,
  type LockedProgramme,
} from "./beneficiaries";
import { BENEFICIARY_SHEET, parseBeneficiaryRow, type BeneficiaryColumn, type BeneficiaryRow } from "./beneficiary-row";

/** new: enrolled as BPU and sponsored; switch: a registered participant becomes sponsored; skip: already in the programme. */
export type BeneficiaryOutcome = "new" | "switch" | "skip";

export type CheckedBeneficiary =
  | { rowNumber: number; outcome: BeneficiaryOutcome; row: BeneficiaryRow }
  | { rowNumber: number; outcome: "error"; values: Partial<Record<BeneficiaryColumn, string>>; errors: FieldErrors };

export interface BeneficiaryCounts {
  total: number;
  new: number;
  switch: number;
  skip: number;
  error: number;
}

/** The list's cost against the programme's budget: known when no row has a problem. */
export type BudgetCheck = { needed: number; remaining: number } | null;

const CHUNK = 5_000;

/** Each problem against the sheet column it is about ("row": the row as a whole). */
function problemErrors(problem: BeneficiaryProblem, programme: LockedProgramme): FieldErrors {
  switch (problem.problem) {
    case "ineligible":
      return Object.fromEntries(problem.reasons.map((reason) => ineligibleError(reason, programme)));
    case "otherPayer":
      return {
        row: messageWithParams("errors.sponsor.otherPayer", {
          sponsor: problem.sponsor,
          programme: problem.programme,
          from: problem.months[0]!,
          to: problem.months.at(-1)!,
        }),
      };
    case "notFound":
      return { nik: "errors.sponsor.changed" };
    default:
      return { row: `errors.sponsor.${problem.problem}` };
  }
}

function ineligibleError(reason: IneligibleReason, programme: LockedProgramme): [BeneficiaryColumn | "row", string] {
  switch (reason) {
    case "notBpu":
      return ["row", "errors.sponsor.notBpu"];
    case "outsideArea":
      return ["regency", "errors.sponsor.outsideArea"];
    case "occupation":
      return ["occupation", "errors.sponsor.notOccupation"];
    case "tooYoung":
      return ["birthDate", messageWithParams("errors.sponsor.tooYoung", { age: programme.minAge ?? 0 })];
    case "tooOld":
      return ["birthDate", messageWithParams("errors.sponsor.tooOld", { age: programme.maxAge ?? 0 })];
  }
}

/** Registered participants by NIK, as beneficiaries keyed by NIK, with their birth date to check the row against. */
async function registeredByNik(db: Tx, niks: string[]) {
  const found = new Map<string, Beneficiary>();
  for (let i = 0; i < niks.length; i += CHUNK) {
    const people = await db.participant.findMany({ where: { nik: { in: niks.slice(i, i + CHUNK) } }, select: { id: true, nik: true } });
    const nikOf = new Map(people.map((p) => [p.id, p.nik]));
    for (const person of await registeredBeneficiaries(db, [...nikOf.keys()]))
      found.set(nikOf.get(person.key)!, { ...person, key: nikOf.get(person.key)! });
  }
  return found;
}

/**
 * Checks a sheet's rows for a programme from `from`: fields, duplicates in the file, a NIK registered to someone with
 * another birth date, then the programme's rules for the whole list. Writes nothing.
 */
export async function checkBeneficiaryRows(
  db: Tx,
  programmeId: string,
  from: Period,
  rows: TableRow<BeneficiaryColumn>[],
  onProgress: (done: number) => void = () => {},
): Promise<{ rows: CheckedBeneficiary[]; counts: BeneficiaryCounts; budget: BudgetCheck }> {
  const checked: CheckedBeneficiary[] = [];
  const firstRowOfNik = new Map<string, number>();
  for (const [index, { rowNumber, values }] of rows.entries()) {
    if (index % 500 === 0) {
      onProgress(index);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (values.nik === NIK_AS_NUMBER) {
      checked.push({ rowNumber, outcome: "error", values: { ...values, nik: "" }, errors: { nik: "errors.nik.excelNumber" } });
      continue;
    }
    const parsed = parseBeneficiaryRow(values);
    if (!parsed.ok) {
      checked.push({ rowNumber, outcome: "error", values, errors: parsed.errors });
      continue;
    }
    const earlier = firstRowOfNik.get(parsed.row.nik);
    if (earlier !== undefined) {
      checked.push({
        rowNumber,
        outcome: "error",
        values,
        errors: { nik: messageWithParams("errors.nik.duplicateInFile", { row: earlier }) },
      });
      continue;
    }
    firstRowOfNik.set(parsed.row.nik, rowNumber);
    checked.push({ rowNumber, outcome: "new", row: parsed.row });
  }
  onProgress(rows.length);

  const programme = await readProgramme(db, programmeId);
  const registered = await registeredByNik(db, [...firstRowOfNik.keys()]);
  const people: Beneficiary[] = [];
  const valuesOf = new Map(rows.map((r) => [r.rowNumber, r.values]));
  const fail = (row: CheckedBeneficiary & { row: BeneficiaryRow }, errors: FieldErrors) =>
    Object.assign(row, { outcome: "error" as const, values: valuesOf.get(row.rowNumber)!, errors });
  for (const row of checked) {
    if (row.outcome === "error") continue;
    const known = registered.get(row.row.nik);
    if (known && known.candidate.birthDate !== row.row.birthDate) fail(row, { birthDate: "errors.sponsor.nikOtherPerson" });
    else if (!known && !row.row.regencyCode) fail(row, { regency: "errors.sponsor.regencyNeeded" });
    else if (known) people.push(known);
    else {
      const { nik, regencyCode, occupation, birthDate } = row.row;
      people.push({
        key: nik,
        participantId: null,
        status: null,
        candidate: { category: null, regencyCode: regencyCode!, occupation: occupation ?? null, birthDate },
        notBefore: null,
      });
    }
  }

  const assessment = await assessBeneficiaries(db, programme, people, from);
  const problems = new Map(!assessment.ok && "problems" in assessment ? assessment.problems.map((p) => [p.key, p]) : []);
  const skipped = new Set(assessment.ok ? assessment.skipped : []);
  for (const row of checked) {
    if (row.outcome === "error") continue;
    const problem = problems.get(row.row.nik);
    if (problem) fail(row, problemErrors(problem, programme));
    else row.outcome = skipped.has(row.row.nik) ? "skip" : registered.has(row.row.nik) ? "switch" : "new";
  }
  const counts: BeneficiaryCounts = { total: checked.length, new: 0, switch: 0, skip: 0, error: 0 };
  for (const row of checked) counts[row.outcome]++;
  // What the list costs is said only of a list that could be saved (over budget included): not while rows need fixing.
  const budget =
    counts.error > 0
      ? null
      : assessment.ok
        ? { needed: assessment.needed, remaining: assessment.remaining }
        : "overBudget" in assessment
          ? assessment.overBudget
          : null;
  return { rows: checked, counts, budget };
}

/** Keeps a checked list until the operator confirms it. */
export function storeBeneficiaryImport(
  db: Db,
  input: { programmeId: string; fromPeriod: Period; createdById: string; fileName: string; bytes: Uint8Array },
  checked: { rows: CheckedBeneficiary[]; counts: BeneficiaryCounts },
) {
  const { bytes, ...batch } = input;
  const problems = checked.rows.filter((r) => r.outcome === "error");
  return db.beneficiaryImport.create({
    data: {
      ...batch,
      fileName: batch.fileName.slice(0, 200),
      fileSha256: sha256(bytes),
      totalRows: checked.counts.total,
      validRows: checked.counts.total - problems.length,
      errorRows: problems.length,
      rows: jsonColumn(checked.rows.filter((r) => r.outcome !== "error")),
      problems: jsonColumn(problems),
    },
  });
}

/** A beneficiary sheet's check, as its last event says it (lib/spreadsheets/upload-check.ts). */
export interface BeneficiaryReport {
  batchId: string;
  counts: BeneficiaryCounts;
  errors: RowMessages;
  budget: BudgetCheck;
}

/**
 * The months an operator may start a list from: the programme's, from next month on. This month's collective bill
 * may be made already (the billing run makes it at the start of the month), and a month is billed once (*ours*).
 */
export function startMonths(programme: { fromPeriod: Period; toPeriod: Period }, now: Date = new Date()): Period[] {
  const next = addMonths(currentPeriod(now), 1);
  return periodsFrom(programme.fromPeriod > next ? programme.fromPeriod : next, programme.toPeriod);
}

/** POST a beneficiary file for a programme: every row checked, progress streamed, the checked list kept for confirming. */
export function checkBeneficiaryUpload(db: Db, request: Request, programme: LockedProgramme, operatorId: string): Response {
  return streamUploadCheck<BeneficiaryReport>(request, { programmeId: programme.id }, async ({ file, bytes, form }, send) => {
    const from = form.get("fromPeriod");
    if (typeof from !== "string" || !startMonths(programme).includes(from as Period))
      return { type: "invalid", error: "errors.sponsor.from" };
    const sheet = await parseSheet(BENEFICIARY_SHEET, file.name, bytes);
    if (!sheet.ok) return { type: "invalid", error: sheet.message };
    const total = sheet.rows.length;
    const checked = await checkBeneficiaryRows(db, programme.id, from as Period, sheet.rows, (done) =>
      send({ type: "progress", done, total }),
    );
    const batch = await storeBeneficiaryImport(
      db,
      { programmeId: programme.id, fromPeriod: from as Period, createdById: operatorId, fileName: file.name, bytes },
      checked,
    );
    const errors = checked.rows.flatMap((r) => (r.outcome === "error" ? [{ rowNumber: r.rowNumber, errors: r.errors }] : []));
    return { type: "checked", batchId: batch.id, counts: checked.counts, errors: errors.slice(0, ERRORS_SHOWN), budget: checked.budget };
  });
}
