// What a signed-in session still owes before it reaches anything (issue 15):
// a second factor for everyone but workers, then a new password when an admin
// set a temporary one. Until then the session holds only that step's
// permission (lib/auth/access.ts), so no page, action or export is reachable
// with a password alone.
import type { Role } from "../db/generated/enums";
import type { Permission } from "./permissions";

export type SignInStep = "secondFactor" | "newPassword";

/** Officers, staff, finance, managers and admins sign in with a code from an authenticator app too; workers do not. */
export const needsSecondFactor = (role: Role): boolean => role !== "WORKER";

/** The step this session has yet to take, or undefined when it is done. */
export function pendingStep(
  user: { role: Role; passwordChangeRequired: boolean },
  session: { secondFactorAt: Date | null },
): SignInStep | undefined {
  if (needsSecondFactor(user.role) && !session.secondFactorAt) return "secondFactor";
  if (user.passwordChangeRequired) return "newPassword";
  return undefined;
}

/** The one permission a session with a pending step holds (besides what anyone holds), and the page that takes it. */
export const SIGN_IN_STEPS: Record<SignInStep, { permission: Permission; path: string }> = {
  secondFactor: { permission: "account.secondFactor", path: "/masuk/dua-langkah" },
  newPassword: { permission: "account.newPassword", path: "/masuk/kata-sandi-baru" },
};
