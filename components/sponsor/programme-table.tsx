import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import { formatRupiah } from "@/lib/domain/money";
import { regencyName } from "@/lib/domain/regions";
import type { listSponsors } from "@/lib/sponsorship/programmes";

type Sponsor = Awaited<ReturnType<typeof listSponsors>>[number];

/** A sponsor's programmes: decree, money, months, who qualifies, people, and the budget promised and left. */
export async function ProgrammeTable({ sponsor, href }: { sponsor: Sponsor; href?: (programmeId: string) => string }) {
  const [t, tr] = await Promise.all([getTranslations("admin.sponsors"), getTranslations("register")]);
  if (sponsor.programmes.length === 0) return <p className="text-sm">{t("noProgrammes")}</p>;
  return (
    <FigureTable
      caption={sponsor.name}
      testId="sponsor-programmes"
      columns={[
        { label: t("programmeName") },
        { label: t("funding") },
        { label: t("months") },
        { label: t("rules") },
        { label: t("people"), numeric: true },
        { label: t("ceiling"), numeric: true },
        { label: t("used"), numeric: true },
        { label: t("remaining"), numeric: true },
      ]}
      rows={sponsor.programmes.map((p) => ({
        key: p.id,
        head: href ? (
          <Link href={href(p.id)} className="font-medium text-brand-700 underline">
            {p.name} ({p.legalBasis})
          </Link>
        ) : (
          `${p.name} (${p.legalBasis})`
        ),
        cells: [
          `${p.funding} ${p.budgetYear}`,
          `${p.fromPeriod} – ${p.toPeriod}`,
          [
            p.withJht ? "JKK+JKM+JHT" : "JKK+JKM",
            p.regencyCodes.map((c) => regencyName(c) ?? c).join(", ") || t("allBanten"),
            p.occupations.map((o) => tr(`occupations.${o}`)).join(", "),
            p.minAge !== null || p.maxAge !== null ? t("ages", { min: p.minAge ?? "–", max: p.maxAge ?? "–" }) : "",
          ]
            .filter(Boolean)
            .join(" · "),
          p.people.toLocaleString("id-ID"),
          formatRupiah(Number(p.ceiling)),
          formatRupiah(p.used),
          formatRupiah(p.remaining),
        ],
      }))}
    />
  );
}
