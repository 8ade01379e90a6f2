// The demo accounts' second factor (lib/demo/accounts.ts) as a test types it:
// the authenticator's code now, or the next one (the server takes one step of
// drift), since a code the account used already is refused (RFC 6238 §5.2).
import { generate } from "otplib";
import { DEMO_TOTP_SECRET } from "../../lib/demo/accounts";

const STEP_MS = 30_000;

/** The demo authenticator's code `ahead` steps from now. */
export function demoTotp(ahead = 0, now = Date.now()): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET, epoch: Math.floor((now + ahead * STEP_MS) / 1000) });
}

/**
 * Passes the second step with `submit(code)` (true when taken): the code now, then the next step's, and when both were
 * used by an earlier sign-in of the same account, the next again once its step has come.
 */
export async function passDemoSecondFactor(submit: (code: string) => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    if (await submit(await demoTotp(attempt % 2))) return;
    if (attempt % 2) await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 500));
  }
  throw new Error("the demo authenticator's codes were refused");
}
