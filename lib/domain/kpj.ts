/**
 * KPJ participant number: 11 digits. BPJS Ketenagakerjaan does not publish the
 * structure of its own KPJ numbers, so this is OUR scheme (docs/domain.md):
 * a 10-digit zero-padded sequence taken from a database sequence (never reused)
 * followed by one Luhn check digit, which catches every single-digit typo and
 * most adjacent swaps when an officer types a number back in.
 */

const SEQUENCE_DIGITS = 10;
const SEQUENCE_LIMIT = 10n ** BigInt(SEQUENCE_DIGITS);

/** Luhn (mod 10) check digit for a string of digits; also used for virtual account numbers. */
export function luhnCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError("luhnCheckDigit expects digits only");
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting from the right, starting with the rightmost payload digit.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatKpj(sequence: bigint | number): string {
  if (typeof sequence === "number" && !Number.isSafeInteger(sequence)) {
    throw new RangeError(`KPJ sequence must be an integer: ${sequence}`);
  }
  const n = BigInt(sequence);
  if (n < 1n || n >= SEQUENCE_LIMIT) throw new RangeError(`KPJ sequence out of range: ${n}`);
  const payload = n.toString().padStart(SEQUENCE_DIGITS, "0");
  return `${payload}${luhnCheckDigit(payload)}`;
}

export function isValidKpj(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const payload = s.slice(0, SEQUENCE_DIGITS);
  return BigInt(payload) >= 1n && luhnCheckDigit(payload) === Number(s[SEQUENCE_DIGITS]);
}
