// The demo accounts' second factor (lib/demo/accounts.ts) as a test types it.
// The server takes one 30-second step of drift either way and never the same
// step twice for an account (RFC 6238 §5.2), so a test run that signs in as
// the same account many times picks, from the three steps the server takes,
// the first one this process has not used yet for that account, and waits for
// a new step only when all three were used.
import { generate } from "otplib";
import { DEMO_TOTP_SECRET } from "../../lib/demo/accounts";

const STEP_MS = 30_000;
/** The last step each account used, as far as this process knows. */
const lastStep = new Map<string, number>();

const codeOf = (step: number) => generate({ secret: DEMO_TOTP_SECRET, epoch: step * (STEP_MS / 1000) });

/**
 * Passes the second step for `account` with `submit(code)` (true when taken). A code refused as used (another
 * process, an earlier run on the same database) moves on to the next step.
 */
export async function passDemoSecondFactor(account: string, submit: (code: string) => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const now = Math.floor(Date.now() / STEP_MS);
    // Near a step's end the oldest step the server takes is about to go: not that one.
    const oldest = now - (Date.now() % STEP_MS < STEP_MS - 3000 ? 1 : 0);
    const step = Math.max(oldest, (lastStep.get(account) ?? -Infinity) + 1);
    if (step > now + 1) {
      await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_MS - Date.now() + 200));
      continue;
    }
    lastStep.set(account, step);
    if (await submit(await codeOf(step))) return;
  }
  throw new Error(`the demo authenticator's codes were refused for ${account}`);
}
