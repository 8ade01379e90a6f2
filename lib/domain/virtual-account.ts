/**
 * BJB virtual account numbers for bills, 16 digits. BJB's real prefix and
 * layout are agreed per partner and not public, so this is OUR format
 * (docs/domain.md): BJB_VA_PREFIX (4) + 11-digit bill sequence + Luhn check digit.
 */
import { luhnCheckDigit } from "./kpj";

/** Placeholder partner prefix until BJB assigns one (unverified). */
export const BJB_VA_PREFIX = "8812";
const SEQUENCE_DIGITS = 11;

export function formatVirtualAccount(sequence: bigint): string {
  if (sequence < 1n || sequence >= 10n ** BigInt(SEQUENCE_DIGITS)) {
    throw new RangeError(`virtual account sequence out of range: ${sequence}`);
  }
  const payload = BJB_VA_PREFIX + sequence.toString().padStart(SEQUENCE_DIGITS, "0");
  return `${payload}${luhnCheckDigit(payload)}`;
}

export function isValidVirtualAccount(value: string): boolean {
  if (!/^\d{16}$/.test(value) || !value.startsWith(BJB_VA_PREFIX)) return false;
  return luhnCheckDigit(value.slice(0, 15)) === Number(value[15]);
}
