/** A page's searchParams with one value per key (the first of a repeated one), for its zod schema. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** "?a=1&b=2" from the values that are set: empty, null and undefined ones are left out of the link. */
export function queryString(values: Record<string, string | null | undefined>): string {
  return `?${new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])))}`;
}
