import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { formatRupiah } from "@/lib/domain/money";
import { DashboardSection } from "./dashboard-section";

const count = (n: number) => n.toLocaleString("id-ID");
const rupiah = (n: bigint) => formatRupiah(Number(n));
const percent = (part: number, whole: number) =>
  whole ? `${((part / whole) * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 })}%` : "–";

/** Who pays (employer, sponsor, the worker) per regency; each sponsor programme's money and who went on paying after it. */
export async function SponsoredSection({ payers, programmes }: Pick<DashboardData, "payers" | "programmes">) {
  const td = await getTranslations("staff.dashboard.sponsored");
  return (
    <DashboardSection id="sponsored" title={td("title")}>
      <p className="mb-3 text-sm text-slate-600">{td("intro")}</p>
      <div className="space-y-4">
        <FigureTable
          caption={td("payers")}
          captionVisible
          testId="payers-by-regency"
          columns={[
            { label: td("regency") },
            { label: td("employer"), numeric: true },
            { label: td("sponsor"), numeric: true },
            { label: td("self"), numeric: true },
          ]}
          rows={payers.map((r) => ({ key: r.code, head: r.name, cells: [count(r.employer), count(r.sponsor), count(r.self)] }))}
        />
        {programmes.length ? (
          <FigureTable
            caption={td("programmes")}
            captionVisible
            testId="programme-figures"
            columns={[
              { label: td("programme") },
              { label: td("people"), numeric: true },
              { label: td("ceiling"), numeric: true },
              { label: td("committed"), numeric: true },
              { label: td("billed"), numeric: true },
              { label: td("paid"), numeric: true },
              { label: td("remaining"), numeric: true },
              { label: td("ended"), numeric: true },
              { label: td("continued"), numeric: true },
            ]}
            rows={programmes.map((p) => ({
              key: p.id,
              head: `${p.sponsor}: ${p.name} (${p.funding})`,
              cells: [
                count(p.people),
                rupiah(p.ceiling),
                rupiah(p.committed),
                rupiah(p.billed),
                rupiah(p.paid),
                rupiah(p.ceiling - p.committed),
                count(p.ended),
                `${count(p.continued)} (${percent(p.continued, p.ended)})`,
              ],
            }))}
          />
        ) : (
          <p className="text-sm">{td("noProgrammes")}</p>
        )}
      </div>
    </DashboardSection>
  );
}
