// Random and hostile input for the fuzz tests (tests/integration/fuzz-*.test.ts):
// fast-check arbitraries, a snapshot of every table's row count, and the
// message-key lookup a form's errors must pass.
import fc from "fast-check";
import { expect } from "vitest";
import type { Db } from "../../lib/db/prisma";
import { loadMessages } from "../../lib/i18n/messages";
import { splitMessage } from "../../lib/validation/field-errors";
import { inIndonesian } from "./messages";

/** FUZZ_SCALE=10 runs every property ten times as often (a deeper search; the default runs in about 20 s). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const scaled = <T extends Record<string, number>>(runs: T): T =>
  Object.fromEntries(Object.entries(runs).map(([name, n]) => [name, Math.max(1, Math.round(n * SCALE))])) as T;

/** Runs per property. The totals are what a fuzz run executes when every property passes. */
export const FUZZ_RUNS = {
  actions: scaled({
    registration: 200,
    registrationText: 30,
    nikCheck: 60,
    umkm: 150,
    umkmText: 25,
    construction: 120,
    constructionText: 25,
    creditReferral: 60,
    creditText: 30,
    creditStatus: 40,
    billingContact: 40,
    campaign: 40,
    review: 50,
    reviewText: 25,
    importSave: 50,
    settlementUpload: 80,
    settlementApply: 30,
    refunds: 40,
    sandboxPayment: 60,
    switchLocale: 50,
    namesRegistration: 100,
    namesWorkerRow: 100,
  }),
  /** The day-two actions (issue 14): each of them, per property. */
  dayTwo: scaled({ officer: 30, worker: 30, staff: 30 }),
  /** The admin console's actions and the sign-in steps (issue 15): each of them. */
  admin: scaled({ console: 25, signIn: 25 }),
  api: scaled({
    quote: 200,
    enrollmentsBody: 200,
    enrollmentsText: 30,
    enrollmentsHeaders: 60,
    paymentsUnsigned: 100,
    paymentsSigned: 200,
    stats: 100,
    workerSheet: 60,
  }),
} as const;

const sum = (runs: Record<string, number>) => Object.values(runs).reduce((a, b) => a + b, 0);
export const FUZZ_CASES_ACTIONS = sum(FUZZ_RUNS.actions);
export const FUZZ_CASES_API = sum(FUZZ_RUNS.api);
export const FUZZ_CASES_ADMIN = FUZZ_RUNS.admin.console * 12 + FUZZ_RUNS.admin.signIn * 3;
export const FUZZ_CASES_DAY_TWO = FUZZ_RUNS.dayTwo.officer * 7 + FUZZ_RUNS.dayTwo.worker * 7 + FUZZ_RUNS.dayTwo.staff;

/** Counts the cases a file really ran (a failing property stops early), for the log line at its end. */
export function caseCounter(label: string) {
  let count = 0;
  return {
    /** Wraps a predicate so each call counts as one case. */
    counted<A extends unknown[], R>(predicate: (...args: A) => R): (...args: A) => R {
      return (...args) => {
        count += 1;
        return predicate(...args);
      };
    },
    get count() {
      return count;
    },
    report(planned: number) {
      console.info(`${label}: ${count} fuzz cases run (${planned} planned)`);
    },
  };
}

/** Runs a property and checks after every case that no table gained or lost a row. */
export async function withoutWrites<T>(
  db: Db,
  cases: ReturnType<typeof caseCounter>,
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  check: (value: T) => Promise<void>,
) {
  const before = await tableCounts(db);
  await fc.assert(
    fc.asyncProperty(
      arbitrary,
      cases.counted(async (value: T) => {
        await check(value);
        expect(countChanges(before, await tableCounts(db)), "rows written").toEqual({});
      }),
    ),
    { numRuns },
  );
}

/**
 * Runs a property over valid input carrying hostile text: each case is either
 * saved (`attempt` has checked what was stored, and answers "saved") or refused
 * with no table gaining or losing a row. At least one case must be saved, or
 * the property would prove only refusals. `prepare` writes what a case needs
 * (a record to act on) before the rows are counted.
 */
export async function savedOrUnchanged<T, P = undefined>(
  db: Db,
  cases: ReturnType<typeof caseCounter>,
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  attempt: (value: T, prepared: P) => Promise<"saved" | "refused">,
  prepare?: (value: T) => Promise<P>,
) {
  let saved = 0;
  await fc.assert(
    fc.asyncProperty(
      arbitrary,
      cases.counted(async (value: T) => {
        const prepared = (await prepare?.(value)) as P;
        const before = await tableCounts(db);
        if ((await attempt(value, prepared)) === "saved") {
          saved += 1;
          return;
        }
        expect(countChanges(before, await tableCounts(db)), "rows written").toEqual({});
      }),
    ),
    { numRuns },
  );
  expect(saved, "valid input saved").toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------
// Strings

export const HUGE = "A".repeat(100_000);

/**
 * Fixed hostile strings. None of them is a valid NIK, phone, date, amount,
 * code, enum value, UUID or checkbox value, so each breaks any structured field.
 */
const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n",
  HUGE,
  "😀".repeat(30_000),
  "👨‍👩‍👧‍👦🇮🇩",
  "\u202Eabc\u202C", // RTL override
  "مرحبا بالعالم",
  "\u200B\u200C\u200D\uFEFF", // zero-width
  "\u0000",
  "abc\u0000def",
  "\uD800", // lone high surrogate
  "\uDFFFx",
  "' OR 1=1 --",
  '\'; DROP TABLE "Participant"; --',
  '" OR ""="',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "${process.exit(1)}",
  "{{7*7}}",
  "#{7*7}",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%00",
  "%s%s%s%n",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "1e400",
  "0x10",
  "[object Object]",
  "[1,2,3]",
  '{"a":1}',
  "__proto__",
  "constructor",
  "toString",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const special = fc.constantFrom("\u0000", "\u202E", "\u200B", "\uFEFF", "'", '"', "\\", "<", ">", "%", "$", "{", "}", "😀", "é", "ß", "İ");

/** Any string: printable, any code point, lone surrogates, control characters. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.oneof(loneSurrogate, control, special, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 }),
);

/** A long run of one random piece, 10k to 100k characters. */
const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 3 }), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** A hostile or random string. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: anyString },
  { weight: 1, arbitrary: hugeString },
);

/** One of the fixed hostile strings: invalid in every structured field. */
export const breakingString: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE_STRINGS);

/** Field names an attacker might add. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "$where",
    "id",
    "status",
    "role",
    "kpj",
    "branchId",
    "createdAt",
    "a[b]",
    "x.y",
    "",
  ),
  fc.string({ maxLength: 20 }),
);

// ---------------------------------------------------------------------------
// JSON values (API bodies, worker rows a client-side editor posts)

/** A JSON value of a type no field expects where a string is. */
const wrongTypeJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, -0, 9_007_199_254_740_993, true, false, null, [], {}, [1, 2], { $gt: "" }, ["' OR 1=1 --"]),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** A value in a JSON object: a hostile string or a wrong type. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: wrongTypeJson },
);

/** What goes where a JSON object is expected but is not one. */
export const notAnObjectJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, "", "{}", [], [{}], [null]),
  fc.string({ maxLength: 20 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
);

/**
 * An object from `base` with fields replaced by hostile values, removed, or
 * added, and at least one of `strict` broken (so the whole object is invalid).
 */
export function hostileObject(base: Record<string, unknown>, strict: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(base);
  return fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(hostileJsonValue, { nil: undefined })), { maxLength: 4 }),
      extra: fc.array(fc.tuple(hostileKey, hostileJsonValue), { maxLength: 3 }),
      breaker: fc.tuple(
        fc.constantFrom(...strict),
        fc.oneof(
          fc.constant(undefined),
          breakingString,
          wrongTypeJson.filter((v) => typeof v !== "number"),
        ),
      ),
    })
    .map(({ changes, extra, breaker }) => {
      const value: Record<string, unknown> = { ...base };
      for (const [key, replacement] of extra)
        Object.defineProperty(value, key, { value: replacement, enumerable: true, writable: true, configurable: true });
      for (const [field, replacement] of [...changes, breaker]) {
        if (replacement === undefined) delete value[field];
        else value[field] = replacement;
      }
      return value;
    });
}

// ---------------------------------------------------------------------------
// Forms (what a server action receives)

export const MISSING = Symbol("missing");
type FormValue = string | Blob | typeof MISSING | { twice: [string, string] };

/** A form value where text is expected but something else came: a file, a number, an array or object as the browser would send it. */
const wrongTypeForm: fc.Arbitrary<FormValue> = fc.oneof(
  fc.constantFrom<FormValue>(
    new File(["' OR 1=1 --"], "../../etc/passwd", { type: "text/plain" }),
    new File([new Uint8Array([0, 0xff, 0xfe, 0x00])], "x.bin"),
    new Blob([]),
    String([1, 2, 3]),
    String({}),
  ),
  fc.double().map(String),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
);

const formValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: wrongTypeForm },
  { weight: 1, arbitrary: fc.constant<FormValue>(MISSING) },
  { weight: 1, arbitrary: fc.tuple(hostileString, hostileString).map(([a, b]): FormValue => ({ twice: [a, b] })) },
);

const breakingFormValue: fc.Arbitrary<FormValue> = fc.oneof(
  fc.constant<FormValue>(MISSING),
  breakingString,
  fc.constantFrom<FormValue>(new File(["x"], "x.txt"), new Blob(["1"])),
);

export type HostileForm = { entries: Record<string, FormValue>; extra: [string, FormValue][] };

/**
 * The valid form `base` with random fields replaced by hostile values, files,
 * duplicates or nothing, extra fields added, and at least one `strict` field
 * broken. Every such form is invalid. `breakers` replaces that last step.
 */
export function hostileForm(
  base: Record<string, string>,
  strict: readonly string[],
  breakers: fc.Arbitrary<[string, FormValue]> = fc.tuple(fc.constantFrom(...strict), breakingFormValue),
): fc.Arbitrary<HostileForm> {
  const fields = Object.keys(base);
  return fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...fields), formValue), { maxLength: 5 }),
      extra: fc.array(fc.tuple(hostileKey, formValue), { maxLength: 3 }),
      breaker: breakers,
    })
    .map(({ changes, extra, breaker }) => {
      const entries: Record<string, FormValue> = { ...base };
      for (const [field, value] of [...changes, breaker]) entries[field] = value;
      return { entries, extra };
    });
}

/** The FormData a browser (or a crafted request) would post for `form`. */
export function formDataOf(form: HostileForm): FormData {
  const data = new FormData();
  const add = (key: string, value: FormValue) => {
    if (value === MISSING) return;
    if (typeof value === "object" && "twice" in value) {
      data.append(key, value.twice[0]);
      data.append(key, value.twice[1]);
    } else {
      data.append(key, value);
    }
  };
  for (const [key, value] of form.extra) add(key, value);
  for (const [key, value] of Object.entries(form.entries)) {
    data.delete(key);
    add(key, value);
  }
  return data;
}

/** A short description of a form for a failure message (100k-character values shortened). */
export function describeForm(form: HostileForm | FormData | Record<string, unknown>): string {
  const entries =
    form instanceof FormData
      ? [...form.entries()]
      : "entries" in form
        ? Object.entries((form as HostileForm).entries)
        : Object.entries(form);
  return JSON.stringify(
    Object.fromEntries(
      entries.map(([k, v]) => [
        k,
        typeof v === "string" ? (v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v) : v === MISSING ? "<missing>" : String(v),
      ]),
    ),
  );
}

// ---------------------------------------------------------------------------
// Header values (Headers only carries ByteStrings without CR, LF or NUL)

export const hostileHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "${jndi:ldap://x}",
    "Bearer",
    "Bearer ",
    "Basic YTpi",
    "null",
    "-1",
    "1e400",
    "9".repeat(4000),
  ),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
);

// ---------------------------------------------------------------------------
// Rows in the database

let tables: string[] | undefined;

/**
 * Tables left out of the snapshot. rate-limiter-flexible's counters
 * (lib/security/rate-limit.ts, being added) count requests, not data a request writes.
 */
const NOT_DATA = new Set(["RateLimiterFlexible"]);

/** Row count of every table in the public schema, by name. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  tables ??= (
    await db.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  )
    .map((row) => row.table_name)
    .filter((name) => !NOT_DATA.has(name));
  const sql = tables
    .map((name) => `SELECT '${name.replaceAll("'", "''")}' AS t, count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
}

/** Tables whose count differs, with before → after. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): Record<string, string> {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...names].filter((n) => before[n] !== after[n]).map((n) => [n, `${before[n]} → ${after[n]}`]));
}

// ---------------------------------------------------------------------------
// Messages

let knownKeys: Set<string> | undefined;
let say: ((message: string) => string) | undefined;

const flatKeys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => flatKeys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

/** Every key of messages/id/*.json, as lib/i18n/messages.ts loads them. */
export async function messageKeys(): Promise<Set<string>> {
  knownKeys ??= new Set(flatKeys(await loadMessages("id")));
  say ??= await inIndonesian();
  return knownKeys;
}

/**
 * Messages of a form result that are no key of the message files (zod's own
 * English, a typo) or lack a value their text needs, plus "errors.unexpected":
 * that one means the service threw.
 */
export function badMessages(keys: Set<string>, messages: unknown): string[] {
  const all: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") all.push(value);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(collect);
  };
  collect(messages);
  const unformattable = (message: string) => {
    try {
      say?.(message);
      return false;
    } catch {
      return true;
    }
  };
  return all.filter((message) => !keys.has(splitMessage(message).key) || message === "errors.unexpected" || unformattable(message));
}
