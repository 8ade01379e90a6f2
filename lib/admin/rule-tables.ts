// The rule tables in force in a month, as the admin console shows them
// (issue 15: read-only). Read straight from the modules the calculations use,
// so what is shown is what is charged; each table names its source. Column
// and title keys are messages (admin.rules.*); cells are already formatted.
import type { Period } from "../domain/billing-period";
import { BPU_RATES } from "../domain/contributions/bpu";
import { JAKON_RATES } from "../domain/contributions/jakon";
import { JKP_RATES, JP_WAGE_CAPS, PU_RATES, RISK_CLASSES } from "../domain/contributions/pu";
import { CONTRIBUTION_RELIEFS } from "../domain/contributions/relief";
import { inForce, isInForce, type Validity } from "../domain/dated";
import { LATE_FINE_RATE_BP, LATE_FINE_SOURCE } from "../domain/fines";
import { BANTEN_MINIMUM_WAGES } from "../domain/minimum-wage";
import { formatRupiah, formatRupiahSen } from "../domain/money";
import { regencyName } from "../domain/regions";
import { LIMITS } from "../security/limits";
import { IDLE_MINUTES } from "../auth/user-sessions";

export type RuleTable = {
  id: string;
  source: string;
  from?: Period;
  to?: Period | null;
  columns: string[];
  rows: string[][];
};

const percent = (bp: number) => `${(bp / 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`;
const validity = (version: Validity) => ({ source: version.source, from: version.from, to: version.to });

export function ruleTablesInForce(period: Period): RuleTable[] {
  const tables: RuleTable[] = [];
  const bpu = inForce(BPU_RATES, period);
  if (bpu) {
    tables.push({
      id: "bpu",
      ...validity(bpu),
      columns: ["program", "rate"],
      rows: [
        ["JKK", `${percent(bpu.jkkBp)} × dasar`],
        ["JKM", formatRupiah(bpu.jkmFlat)],
        ["JHT", `${percent(bpu.jhtBp)} × dasar`],
      ],
    });
    tables.push({
      id: "bpuIncome",
      ...validity(bpu),
      columns: ["from", "to", "base"],
      rows: bpu.incomeRanges.map((r) => [formatRupiah(r.from), r.to === null ? "—" : formatRupiah(r.to), formatRupiah(r.base)]),
    });
  }
  const pu = inForce(PU_RATES, period);
  if (pu) {
    tables.push({
      id: "puJkk",
      ...validity(pu),
      columns: ["riskClass", "rate"],
      rows: RISK_CLASSES.map((c) => [String(c), percent(pu.jkkBp[c])]),
    });
    tables.push({
      id: "puShares",
      ...validity(pu),
      columns: ["program", "employer", "worker"],
      rows: (["JKM", "JHT", "JP"] as const).map((p) => [p, percent(pu.shares[p].employer), percent(pu.shares[p].worker)]),
    });
  }
  const cap = inForce(JP_WAGE_CAPS, period);
  if (cap)
    tables.push({
      id: "jpCap",
      ...validity(cap),
      columns: ["year", "cap", "status"],
      rows: [[String(cap.year), formatRupiah(cap.cap), cap.status]],
    });
  const jkp = inForce(JKP_RATES, period);
  if (jkp) {
    tables.push({
      id: "jkp",
      ...validity(jkp),
      columns: ["part", "rate"],
      rows: [
        ["APBN", percent(jkp.governmentBp)],
        ["JKK", percent(jkp.fromJkkBp)],
        ["JKM", percent(jkp.fromJkmBp)],
      ],
    });
  }
  const jakon = inForce(JAKON_RATES, period);
  if (jakon) {
    tables.push({
      id: "jakon",
      ...validity(jakon),
      columns: ["upTo", "jkk", "jkm"],
      rows: jakon.tiers.map((t) => [Number.isFinite(t.upTo) ? formatRupiah(t.upTo) : "—", percent(t.jkkBp), percent(t.jkmBp)]),
    });
  }
  const reliefs = CONTRIBUTION_RELIEFS.filter((r) => isInForce(r, period));
  tables.push({
    id: "relief",
    source: [...new Set(reliefs.map((r) => r.source))].join("; ") || "—",
    columns: ["regulation", "sectors", "charged", "excluded", "months"],
    rows: reliefs.map((r) => [
      r.regulation,
      r.sectors.join(", "),
      Object.entries(r.chargedBp)
        .map(([program, bp]) => `${program} ${percent(bp)}`)
        .join(", "),
      r.excludedFundings.join(", "),
      `${r.from} – ${r.to ?? "…"}`,
    ]),
  });
  const wages = inForce(BANTEN_MINIMUM_WAGES, period);
  if (wages) {
    tables.push({
      id: "minimumWage",
      ...validity(wages),
      columns: ["regency", "umk"],
      rows: [
        ...Object.entries(wages.umkSen).map(([code, sen]) => [regencyName(code) ?? code, formatRupiahSen(sen)]),
        ["UMP Banten", formatRupiahSen(wages.umpSen)],
      ],
    });
  }
  tables.push({ id: "fine", source: LATE_FINE_SOURCE, columns: ["rate"], rows: [[`${percent(LATE_FINE_RATE_BP)} / bulan`]] });
  tables.push({
    id: "limits",
    source: "lib/security/limits.ts (Lindung)",
    columns: ["limit", "points", "window", "block"],
    rows: [
      ...Object.entries(LIMITS).map(([name, l]) => [
        name,
        l.points.toLocaleString("id-ID"),
        `${l.duration} s`,
        "blockDuration" in l ? `${l.blockDuration} s` : "—",
      ]),
      ["sessionIdle", "—", `${IDLE_MINUTES * 60} s`, "—"],
    ],
  });
  return tables;
}
