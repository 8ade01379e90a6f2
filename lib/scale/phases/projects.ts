import type { SeedContext } from "../context";
import { contractorOf, createdAtOf, hash, pick, projectDay, seedId } from "../sql";
import { districtOf, inRange } from "./branches";

const WORK_PACKAGES = ["Jalan", "Jembatan", "Gedung", "Irigasi", "Drainase", "Perumahan"];

/** Construction projects lo..hi, each by a contractor enrolled before it starts (projectDay). */
function projectsStatement(lo: number, hi: number, companies: number) {
  return `
        INSERT INTO "ConstructionProject" ("id", "contractorId", "name", "workPackage", "contractValue", "startDate", "endDate",
          "regencyCode", "districtCode", "branchId", "createdAt")
        SELECT ${seedId(5, "p")}, ${seedId(2, contractorOf("p", companies))},
          'Pembangunan ' || x.package || ' ' || p, x.package, (500000000 + ${hash("p", 61)} % 200 * 250000000)::bigint,
          (date '2015-01-01' + x.day::int), (date '2015-01-01' + x.day::int + 180 + (${hash("p", 67)} % 360)::int),
          r.regency, ${districtOf("p")}, CASE WHEN ${hash("p", 71)} % 3 = 0 THEN r.branch_id END,
          ${createdAtOf("x.day", "p", 73)}
        FROM (SELECT r.*, p ${inRange(["PROJECT"], lo, hi, "p")}) r
        CROSS JOIN LATERAL (SELECT ${pick(WORK_PACKAGES, "p", 79)} AS package, ${projectDay("p", companies)} AS day) x`;
}

export function seedProjects(seed: SeedContext) {
  return seed.batched("projects", seed.projects, seed.batch, (lo, hi) => projectsStatement(lo, hi, seed.companies));
}
