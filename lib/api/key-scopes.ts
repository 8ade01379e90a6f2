// What an API key may do (issue 15: keys have a scope): a subset of the
// permissions API keys hold at all (lib/auth/permissions.ts), chosen when the
// key is made. A statistics reader need not be able to enroll anyone.
import { grantOf, PERMISSION_NAMES, type Permission } from "../auth/permissions";

/** Every permission a key can be given: those the API_KEY principal holds (client.enroll, stats.read). */
export const API_KEY_SCOPES: readonly Permission[] = PERMISSION_NAMES.filter((p) => grantOf(p, "API_KEY"));

export const isApiKeyScope = (value: string): value is Permission => (API_KEY_SCOPES as readonly string[]).includes(value);
