// What an API key may do (issue 15: keys have a scope): a subset of the
// permissions API keys hold at all (lib/auth/permissions.ts), chosen when the
// key is made. A statistics reader need not be able to enroll anyone.
import { ANYONE, PERMISSIONS, PERMISSION_NAMES, type Permission } from "../auth/permissions";

/** Every permission a key can be given: those granted to the API_KEY principal by name (client.enroll, stats.read). */
export const API_KEY_SCOPES: readonly Permission[] = PERMISSION_NAMES.filter((p) => {
  const grants = PERMISSIONS[p] as typeof ANYONE | Record<string, unknown>;
  return grants !== ANYONE && "API_KEY" in grants;
});

export const isApiKeyScope = (value: string): value is Permission => (API_KEY_SCOPES as readonly string[]).includes(value);
