/**
 * Business identifiers an officer types in when enrolling a UMKM:
 * - NIB (Nomor Induk Berusaha, issued by OSS; PP 5/2021): 13 digits.
 * - NPWP (tax number): 15 digits in the old format, typed 99.999.999.9-999.999;
 *   16 digits since 2024 (PMK 112/2022; for individuals it equals the NIK).
 * - KBLI (Klasifikasi Baku Lapangan Usaha Indonesia 2020): 5 digits.
 * - NPP (Nomor Pendaftaran Perusahaan, BPJS TK company number): 8 digits. BPJS TK
 *   does not publish its structure, so this is OUR scheme, like the KPJ: a 7-digit
 *   zero-padded sequence from a database sequence (never reused) plus one Luhn
 *   check digit.
 * Only the length and the digits are checked for NIB, NPWP and KBLI: none of
 * them has a published check digit we could verify.
 */
import { luhnCheckDigit } from "./kpj";

export type IdentifierError = "length" | "digits";
export type IdentifierResult = { ok: true; value: string } | { ok: false; error: IdentifierError };

function failure(error: IdentifierError): IdentifierResult {
  return { ok: false, error };
}

/** Digits only, of one of the allowed lengths; `separators` are removed first. */
function parseDigits(input: string, lengths: readonly number[], separators: RegExp): IdentifierResult {
  const compact = input.trim().replace(separators, "");
  if (!/^\d*$/.test(compact)) return failure("digits");
  if (!lengths.includes(compact.length)) return failure("length");
  return { ok: true, value: compact };
}

const SPACES = /\s+/g;

export function parseNib(input: string): IdentifierResult {
  return parseDigits(input, [13], SPACES);
}

/** Dots, dashes and spaces are how NPWPs are printed; the result is digits only. */
export function parseNpwp(input: string): IdentifierResult {
  return parseDigits(input, [15, 16], /[\s.-]+/g);
}

export function parseKbli(input: string): IdentifierResult {
  return parseDigits(input, [5], SPACES);
}

/** "99.999.999.9-999.999" for a 15-digit NPWP; 16 digits are shown as they are. */
export function formatNpwp(digits: string): string {
  const match = /^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/.exec(digits);
  return match ? `${match[1]}.${match[2]}.${match[3]}.${match[4]}-${match[5]}.${match[6]}` : digits;
}

const NPP_SEQUENCE_DIGITS = 7;
const NPP_SEQUENCE_LIMIT = 10 ** NPP_SEQUENCE_DIGITS;

export function formatNpp(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence >= NPP_SEQUENCE_LIMIT) {
    throw new RangeError(`NPP sequence out of range: ${sequence}`);
  }
  const payload = String(sequence).padStart(NPP_SEQUENCE_DIGITS, "0");
  return `${payload}${luhnCheckDigit(payload)}`;
}

export function isValidNpp(s: string): boolean {
  if (!/^\d{8}$/.test(s)) return false;
  const payload = s.slice(0, NPP_SEQUENCE_DIGITS);
  return Number(payload) >= 1 && luhnCheckDigit(payload) === Number(s[NPP_SEQUENCE_DIGITS]);
}

export type NppError = IdentifierError | "check_digit";

/** An NPP typed back in: spaces allowed, then 8 digits with a valid check digit. */
export function parseNpp(input: string): { ok: true; value: string } | { ok: false; error: NppError } {
  const parsed = parseDigits(input, [8], SPACES);
  if (!parsed.ok) return parsed;
  return isValidNpp(parsed.value) ? parsed : { ok: false, error: "check_digit" };
}
