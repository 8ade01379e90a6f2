// Abuse limits (issue 6), ours: no regulation sets them. One table, so the
// numbers are read and changed in one place (docs/decisions/0010-trust.md).
// Indonesian mobile data puts many people behind one carrier NAT address, so
// the per-IP limits are generous and the per-account lockout is the strict one.
export const LIMITS = {
  /** Failed sign-ins per account: 5 in 15 minutes are let through; the next one locks it for 15 minutes. */
  loginAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed sign-ins per IP address (password spraying across accounts), the same way. */
  loginIp: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  /**
   * "Is this NIK registered?" at the registration's first step, per IP address: the sign-in's per-address numbers
   * (the issue: "under the same per-address limit as sign-in"), counted apart, so a crowd registering behind one
   * address (a market day's Wi-Fi, a carrier NAT) does not lock sign-in for everyone there.
   */
  nikCheck: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Valid self-registration forms submitted per IP address (one sent back for a typo does not count). */
  registration: { points: 20, duration: 10 * 60 },
  /** One-time codes asked for per IP address (recovery; per account the code table itself counts: 3 an hour). */
  codeRequest: { points: 10, duration: 60 * 60 },
  /**
   * Registration funnel step reports per IP address: a visitor sends at most four per form, so a market day's crowd
   * behind one address fits; more is someone inflating the counts.
   */
  funnelStep: { points: 240, duration: 60 },
  /** Contribution quotes per IP address (the public API and the form's live quote). */
  quote: { points: 120, duration: 60 },
  /**
   * Payment notifications per signing key (one shared key with Bank BJB today). BJB's peak is everyone paying
   * around the 15th: issue 12 asks for 200 a second; 500 a second stops only a runaway or stolen key.
   */
  notifications: { points: 30_000, duration: 60 },
  /** Inquiries per signing key: a teller, ATM or app asks before each payment, so as many as notifications. */
  inquiries: { points: 30_000, duration: 60 },
  /** Reversals per signing key: rare, so a low ceiling. */
  reversals: { points: 120, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number; blockDuration?: number }>;

export type LimitName = keyof typeof LIMITS;
