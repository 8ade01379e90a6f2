import { regencyName } from "../domain/regions";

// An API key scope's label under admin.keys.scopes: permission names hold dots, which next-intl reads as nesting.
export const scopeLabelKey = (scope: string) => `scopes.${scope.replaceAll(".", "_")}`;

/** What an account's scope reaches, as the console lists it: a branch, a sponsor, a regency, or all of Banten. */
export function accountScopeText(
  account: { branch?: { code: string; name?: string } | null; sponsor?: { name: string } | null; regionCode: string | null },
  allBanten: string,
): string {
  if (account.branch) return account.branch.name ? `${account.branch.code} · ${account.branch.name}` : account.branch.code;
  if (account.sponsor) return account.sponsor.name;
  return account.regionCode ? (regencyName(account.regionCode) ?? account.regionCode) : allBanten;
}
