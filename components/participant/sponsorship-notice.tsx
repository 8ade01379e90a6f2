import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/domain/money";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";
import type { ownSponsorship } from "@/lib/participants/queries";

/** "Iuran Anda dibayar oleh … sampai …", and from a month before the end, how to go on alone and what it costs. */
export async function SponsorshipNotice({ sponsorship }: { sponsorship: NonNullable<Awaited<ReturnType<typeof ownSponsorship>>> }) {
  const [t, format] = await Promise.all([getTranslations("account.sponsorship"), getFormatter()]);
  const month = (period: string) => format.dateTime(monthDate(period), MONTH_YEAR);
  return (
    <section role="status" className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="sponsorship">
      <p className="font-medium">
        {t("paidBy", { sponsor: sponsorship.sponsor, from: month(sponsorship.fromPeriod), to: month(sponsorship.lastMonth) })}
      </p>
      <p className="text-slate-700">{t("programme", { programme: sponsorship.programme })}</p>
      {sponsorship.continuing && (
        <p className="mt-2">
          {sponsorship.continuing.monthly !== null
            ? t("continue", { from: month(sponsorship.continuing.from), amount: formatRupiah(sponsorship.continuing.monthly) })
            : t("continuePlain", { from: month(sponsorship.continuing.from) })}{" "}
          <Link href="/akun/ubah" className="font-semibold text-brand-700 underline">
            {t("change")}
          </Link>
        </p>
      )}
    </section>
  );
}
