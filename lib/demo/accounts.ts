// The demo's sign-in facts, in a module of their own (no database, no other
// imports) so the seed, the scripts and the browser tests share them.

/** Every demo account's password (README). */
export const DEMO_PASSWORD = "Lindung2026!";

/** The demo worker (BPU, Kota Serang) signs in with this NIK. */
export const DEMO_WORKER_NIK = "3673015506850002";

/**
 * The authenticator key of every demo account that signs in with a second factor (officers, staff, finance, the
 * manager, the admin): published like the password, so anyone trying the demo can add it to an authenticator app.
 */
export const DEMO_TOTP_SECRET = "LINDUNGDEMOBANTENKODEDUALANGKAHQ";
