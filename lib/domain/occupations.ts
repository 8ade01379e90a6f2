/**
 * Occupations a BPU worker chooses at registration, and the sector each one
 * belongs to for contribution relief. PP 50/2025 names transport workers
 * (ojek daring and pangkalan, drivers, couriers) apart from all other BPU
 * workers; this table is the one place that decides who is which.
 */
export const OCCUPATIONS = ["TRADER", "DRIVER", "COURIER", "FARMER", "FISHER", "UMKM_OWNER", "OTHER"] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

export const RELIEF_SECTORS = ["TRANSPORT", "OTHER"] as const;
export type ReliefSector = (typeof RELIEF_SECTORS)[number];

const SECTOR_OF: Readonly<Record<Occupation, ReliefSector>> = {
  TRADER: "OTHER",
  DRIVER: "TRANSPORT", // sopir, ojek daring and ojek pangkalan
  COURIER: "TRANSPORT",
  FARMER: "OTHER",
  FISHER: "OTHER",
  UMKM_OWNER: "OTHER",
  OTHER: "OTHER",
};

/** The relief sector of a stored occupation; unknown or missing ones (officer-enrolled owners, old rows) are OTHER. */
export function sectorOf(occupation: string | null | undefined): ReliefSector {
  return occupation && Object.hasOwn(SECTOR_OF, occupation) ? SECTOR_OF[occupation as Occupation] : "OTHER";
}
