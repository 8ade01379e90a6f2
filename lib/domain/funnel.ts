// The registration funnel (issue 17.4): how many visitors to /daftar reach
// each step, send the form and pay a first bill, by day, source and campaign.
// Counted without anything about the person: a step is a number in a day's
// row, never a visitor id, an address or a cookie (nothing identifiable
// before consent, which is the form's last step).

/** The steps in order. The first four are the form's (reported by the browser), the last two the server's. */
export const FUNNEL_STEPS = ["SHOWN", "ADDRESS", "INCOME", "REVIEW", "SUBMITTED", "FIRST_PAID"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** The steps a browser may report: the form's first step shown, then each later step reached. */
export const FORM_STEPS = ["SHOWN", "ADDRESS", "INCOME", "REVIEW"] as const satisfies readonly FunnelStep[];
export type FormStep = (typeof FORM_STEPS)[number];

export const FUNNEL_SOURCES = ["DIRECT", "LINK", "QR"] as const;
export type FunnelSource = (typeof FUNNEL_SOURCES)[number];

/** Days of the funnel the dashboard shows, up to its day. */
export const FUNNEL_DAYS = 30;

/**
 * A campaign's code, in its link: 8 characters of Crockford's base32 (no I, L, O, U to misread on a poster),
 * 40 random bits — a link cannot be found by trying codes under the per-address limit.
 */
export const CAMPAIGN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CAMPAIGN_CODE_LENGTH = 8;

export function campaignCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < CAMPAIGN_CODE_LENGTH) throw new RangeError("a campaign code needs 8 random bytes");
  return Array.from(randomBytes.slice(0, CAMPAIGN_CODE_LENGTH), (b) => CAMPAIGN_CODE_ALPHABET[b & 31]).join("");
}

export function isCampaignCode(value: string): boolean {
  return value.length === CAMPAIGN_CODE_LENGTH && [...value].every((c) => CAMPAIGN_CODE_ALPHABET.includes(c));
}

/** Each step's count with its share of the first step (conversion) and of the step before it (kept). */
export type FunnelRow = { step: FunnelStep; count: number; ofFirst: number | null; ofPrevious: number | null };

export function funnelRows(counts: Partial<Record<FunnelStep, number>>): FunnelRow[] {
  const first = counts.SHOWN ?? 0;
  return FUNNEL_STEPS.map((step, i) => {
    const count = counts[step] ?? 0;
    const previous = i === 0 ? null : (counts[FUNNEL_STEPS[i - 1]!] ?? 0);
    return {
      step,
      count,
      ofFirst: i === 0 || !first ? null : count / first,
      ofPrevious: previous ? count / previous : null,
    };
  });
}

/** One day's count of one step from one source and campaign ("" for none), as the rollup keeps it. */
export type FunnelCount = { day: string; source: FunnelSource; campaignKey: string; step: FunnelStep; count: number };

/** The counts added up per step. */
export function stepTotals(counts: readonly FunnelCount[]): Partial<Record<FunnelStep, number>> {
  const totals: Partial<Record<FunnelStep, number>> = {};
  for (const c of counts) totals[c.step] = (totals[c.step] ?? 0) + c.count;
  return totals;
}

/** The counts grouped by a key, each group's steps added up, in the order the keys first appear. */
export function stepTotalsBy<K extends string>(counts: readonly FunnelCount[], key: (c: FunnelCount) => K) {
  const groups = new Map<K, FunnelCount[]>();
  for (const c of counts) {
    const group = groups.get(key(c));
    if (group) group.push(c);
    else groups.set(key(c), [c]);
  }
  return [...groups].map(([k, rows]) => ({ key: k, steps: stepTotals(rows) }));
}
