// SQL expressions over row numbers (all bigint arithmetic): every seeded value
// is one of these applied to a row number, so the same scale always gives the
// same rows.
import { BJB_VA_PREFIX } from "../domain/virtual-account";
import { FIRST_NUMBER } from "../db/sequences";

// Where each counter's seeded numbers start: the app's own first numbers, so
// the NumberSequence rows advanced at the end make the app continue right
// after the seeded range.
const KPJ_FIRST = FIRST_NUMBER.KPJ;
const NPP_FIRST = Number(FIRST_NUMBER.NPP);

/** A well-spread value in [0, 4294967291) from a row number and a salt (multiplicative hash). */
export const hash = (n: string, salt: number) => `(((${n}) * 2654435761 + ${salt}) % 4294967291)`;
/** A fraction in [0, 1) from a row number and a salt. */
export const unit = (n: string, salt: number) => `(${hash(n, salt)} % 1000000 / 1000000.0)`;
/** Deterministic UUIDs: "5eed" + 4-hex kind, version 8 (custom), the row number in the last 12 hex digits. */
export const seedId = (kind: number, n: string) =>
  `('5eed${kind.toString(16).padStart(4, "0")}-0000-8000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
/** The row number back from a seedId. */
export const seedNumber = (id: string) => `(('x' || right((${id})::text, 12))::bit(48)::bigint)`;

/** Luhn check digit of a `digits`-digit payload (lib/domain/kpj.ts luhnCheckDigit), as arithmetic. */
function luhn(payload: string, digits: number) {
  const terms = Array.from({ length: digits }, (_, k) => {
    const d = `((${payload}) / ${10n ** BigInt(k)} % 10)`;
    return k % 2 === 0 ? `(2 * ${d} - 9 * (${d} / 5))` : d;
  });
  return `((10 - (${terms.join(" + ")}) % 10) % 10)`;
}
const withLuhn = (payload: string, digits: number) => `(lpad((${payload})::text, ${digits}, '0') || ${luhn(payload, digits)}::text)`;
export const kpjOf = (n: string) => withLuhn(`${KPJ_FIRST - 1n} + ${n}`, 10);
export const nppOf = (c: string) => withLuhn(`${NPP_FIRST - 1} + ${c}`, 7);
/** BJB virtual account (lib/domain/virtual-account.ts): prefix + 11-digit sequence + Luhn over the 15 digits. */
export const vaOf = (seq: string) =>
  `('${BJB_VA_PREFIX}' || lpad((${seq})::text, 11, '0') || ${luhn(`${BJB_VA_PREFIX}00000000000::bigint + (${seq})`, 15)}::text)`;

/** WIB midnight of 2015-01-01 as a UTC timestamp; day d of the seed is this + d days. */
export const DAY_ZERO = `timestamp '2014-12-31 17:00:00'`;
export const DAYS = 731; // 2015-01-01 .. 2016-12-31
/** A time of day between 08:00 and 18:00 WIB on seed day `day`. */
export const createdAtOf = (day: string, n: string, salt: number) =>
  `(${DAY_ZERO} + (${day}) * interval '1 day' + (28800 + ${hash(n, salt)} % 36000) * interval '1 second')`;
/** The day a company was enrolled: before December 2016, so each has had time to hire. */
export const companyDay = (c: string) => `(${hash(c, 11)} % 700)`;
export const contractorOf = (p: string, companies: number) => `(1 + ${hash(p, 17)} % ${companies})`;
/** A project starts after its contractor enrolled and at least 10 days before the end of 2016. */
export const projectDay = (p: string, companies: number) => {
  const cd = companyDay(contractorOf(p, companies));
  return `(${cd} + ${hash(p, 13)} % (720 - ${cd}))`;
};
export const sqlText = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[]`;
export const pick = (values: readonly string[], n: string, salt: number) => `(${sqlText(values)})[1 + ${hash(n, salt)} % ${values.length}]`;

/** Basis points of an amount, rounded half up (lib/domain/money.ts basisPointsOf). */
export const bp = (amount: string, points: string | number) => `(((${amount}) * ${points} + 5000) / 10000)`;
