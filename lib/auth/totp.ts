// Two-factor sign-in (issue 15): TOTP (RFC 6238, what every authenticator app
// speaks) through otplib, and one-time recovery codes for a lost phone. No
// database here: lib/account/two-factor.ts keeps the state.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

/** The name an authenticator app shows above the code. */
export const TOTP_ISSUER = "Lindung BPJS TK Banten";
/**
 * One 30-second step either way is accepted: a phone's clock a little off, or a code typed as it changed. RFC 6238
 * §5.2 recommends at most one step of drift; a code already accepted is never accepted again (lastStep).
 */
const TOLERANCE_SECONDS = 30;
/** Recovery codes handed out at enrolment: each works once. */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: read off paper

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address a QR code carries to the authenticator app. */
export const totpUri = (secret: string, account: string): string => generateURI({ issuer: TOTP_ISSUER, label: account, secret });

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "reused" };

/** Whether `token` is the code of `secret` now (± one step), and not one accepted before (step ≤ lastStep). */
export async function checkTotp(secret: string, token: string, lastStep: number | null, now: Date = new Date()): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "wrong" };
  const result = await verify({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid || !("timeStep" in result)) return { ok: false, reason: "wrong" };
  return lastStep !== null && result.timeStep <= lastStep ? { ok: false, reason: "reused" } : { ok: true, step: result.timeStep };
}

/** Ten codes such as "k7pq-x2md": 40 random bits each, shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(8)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

/** A recovery code as typed ("K7PQ X2MD", "k7pq-x2md") → the form that is hashed, or null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const chars = typed.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{8}$/.test(chars) ? `${chars.slice(0, 4)}-${chars.slice(4)}` : null;
}

/** Random codes need no slow hash (like API keys, lib/api/keys.ts): nobody can guess 40 bits in five tries. */
export const hashRecoveryCode = (code: string): string => createHash("sha256").update(code, "utf8").digest("hex");
