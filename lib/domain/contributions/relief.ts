/**
 * Contribution relief ("keringanan iuran"): a regulation that charges only part
 * of some programs' contributions for some contribution months. One table; the
 * calculations ask it for each month they price (lib/domain/dated.ts).
 *
 * - PP 50/2025 (22 December 2025): for BPU participants, JKK and JKM at 50%
 *   (JHT unchanged), for contribution months January 2026 – March 2027 for
 *   transport workers (ojek daring and pangkalan, drivers, couriers) and April –
 *   December 2026 for all other BPU workers; not for participants whose
 *   contributions are paid from the APBN or APBD. Who is a transport worker:
 *   lib/domain/occupations.ts.
 * - PP 7/2025 as amended by PP 36/2025 (50% of JKK for employers with at least
 *   50 workers in six labour-intensive industries, February 2025 – January 2026)
 *   is NOT in the table: it needs the industries as KBLI codes, which we could
 *   not source (docs/domain.md, "Contribution relief"). The mechanism takes it as
 *   one more row with category PU once they are known.
 */
import type { Period } from "../billing-period";
import { inForce, type Validity } from "../dated";
import { basisPointsOf, type Rupiah } from "../money";
import type { ReliefSector } from "../occupations";
import type { ParticipantCategory, Program } from "../programs";

/**
 * Who pays a participant's contributions: the participant (or their employer)
 * themself, the central government (APBN), a regional government (APBD), or
 * another sponsor such as a company's CSR.
 */
export const CONTRIBUTION_FUNDINGS = ["SELF", "APBN", "APBD", "OTHER"] as const;
export type ContributionFunding = (typeof CONTRIBUTION_FUNDINGS)[number];

export interface ContributionRelief extends Validity {
  id: string;
  /** The regulation's short name, as shown to people ("PP 50/2025"). */
  regulation: string;
  category: ParticipantCategory;
  sectors: readonly ReliefSector[];
  /** Share of each relieved program's contribution that is still charged, basis points (5,000 = half). */
  chargedBp: Partial<Readonly<Record<Program, number>>>;
  /** Participants funded this way get no relief. */
  excludedFundings: readonly ContributionFunding[];
}

const PP_50_2025 = {
  regulation: "PP 50/2025",
  category: "BPU",
  chargedBp: { JKK: 5_000, JKM: 5_000 },
  excludedFundings: ["APBN", "APBD"],
  source: "PP 50/2025 (22 Desember 2025)",
} as const;

export const CONTRIBUTION_RELIEFS: readonly ContributionRelief[] = [
  { ...PP_50_2025, id: "PP50_2025_TRANSPORT", sectors: ["TRANSPORT"], from: "2026-01", to: "2027-03" },
  { ...PP_50_2025, id: "PP50_2025_OTHER", sectors: ["OTHER"], from: "2026-04", to: "2026-12" },
];

export function reliefById(id: string): ContributionRelief {
  const relief = CONTRIBUTION_RELIEFS.find((row) => row.id === id);
  if (!relief) throw new RangeError(`unknown contribution relief ${id}`);
  return relief;
}

/**
 * The regulation a stored bill line names by relief id. Bills keep their relief id for good, so a row later
 * renamed or removed from the table must not break the page that shows an old bill: the id stands in.
 */
export function reliefRegulation(id: string): string {
  return CONTRIBUTION_RELIEFS.find((row) => row.id === id)?.regulation ?? id;
}

export type ReliefSubject = {
  category: ParticipantCategory;
  sector: ReliefSector;
  funding: ContributionFunding;
};

/** The relief a participant gets for a contribution month, if any. */
export function reliefFor(subject: ReliefSubject, period: Period): ContributionRelief | undefined {
  return inForce(
    CONTRIBUTION_RELIEFS.filter(
      (relief) =>
        relief.category === subject.category &&
        relief.sectors.includes(subject.sector) &&
        !relief.excludedFundings.includes(subject.funding),
    ),
    period,
  );
}

/**
 * What is charged for a program's contribution under a relief, whole rupiah:
 * the charged share rounded half-up (basisPointsOf). Every BPU amount is a
 * multiple of Rp 500, so half of it is exact.
 */
export function chargedUnder(relief: ContributionRelief | undefined, program: Program, amount: Rupiah): Rupiah {
  const share = relief?.chargedBp[program];
  return share === undefined ? amount : basisPointsOf(amount, share);
}
