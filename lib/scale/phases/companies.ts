import { riskClassForKbli } from "../../domain/contributions/pu";
import type { SeedContext } from "../context";
import { companyDay, createdAtOf, hash, nppOf, pick, seedId, sqlText } from "../sql";
import { districtOf, inRange } from "./branches";

const KBLIS = ["47111", "56101", "10792", "13112", "25110", "24101", "20115", "41011", "49431", "62019", "46900", "85101"];
const KBLI_RISK = KBLIS.map((kbli) => riskClassForKbli(kbli) ?? 3);
const COMPANY_WORDS = [
  "Maju",
  "Jaya",
  "Sentosa",
  "Makmur",
  "Abadi",
  "Karya",
  "Mandiri",
  "Sejahtera",
  "Baja",
  "Banten",
  "Nusantara",
  "Prima",
];

/** Companies lo..hi: NPP from the row number, enrolled on companyDay, in their planned regency. */
function companiesStatement(lo: number, hi: number) {
  return `
        INSERT INTO "Company" ("id", "npp", "name", "nib", "kbli", "scale", "riskClass", "jpIncluded", "regencyCode",
          "districtCode", "status", "channel", "branchId", "createdAt")
        SELECT ${seedId(2, "c")}, ${nppOf("c")},
          (CASE WHEN ${hash("c", 29)} % 3 = 0 THEN 'CV ' ELSE 'PT ' END) || ${pick(COMPANY_WORDS, "c", 31)} || ' ' || ${pick(COMPANY_WORDS, "c", 37)} || ' ' || c,
          '9120' || lpad(c::text, 9, '0'), x.kbli, x.scale::"BusinessScale", x.risk,
          x.scale <> 'MICRO' OR ${hash("c", 41)} % 2 = 0, r.regency, ${districtOf("c")}, 'ACTIVE',
          x.channel::"Channel", CASE WHEN x.channel = 'BANK_OFFICER' THEN r.branch_id END,
          ${createdAtOf(companyDay("c"), "c", 43)}
        FROM (SELECT r.*, c ${inRange(["COMPANY"], lo, hi, "c")}) r
        CROSS JOIN LATERAL (SELECT
          (${sqlText(KBLIS)})[1 + ${hash("c", 47)} % ${KBLIS.length}] AS kbli,
          (ARRAY[${KBLI_RISK.join(", ")}])[1 + ${hash("c", 47)} % ${KBLIS.length}] AS risk,
          CASE WHEN ${hash("c", 53)} % 100 < 60 THEN 'MICRO' WHEN ${hash("c", 53)} % 100 < 85 THEN 'SMALL'
            WHEN ${hash("c", 53)} % 100 < 95 THEN 'MEDIUM' ELSE 'LARGE' END AS scale,
          CASE WHEN ${hash("c", 59)} % 100 < 55 THEN 'BANK_OFFICER' WHEN ${hash("c", 59)} % 100 < 85 THEN 'STAFF' ELSE 'API' END AS channel
        ) x`;
}

export function seedCompanies(seed: SeedContext) {
  return seed.batched("companies", seed.companies, seed.batch, companiesStatement);
}
