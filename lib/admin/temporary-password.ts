// A password the admin hands over once (a new account, a forced reset): random, readable aloud, and replaced by the
// person at their next sign-in (lib/auth/sign-in-steps.ts), so it never needs to be remembered.
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Four groups of four, e.g. "k7pq-x2md-9fhe-ta4w": about 79 random bits. */
export function temporaryPassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")).join("-");
}
