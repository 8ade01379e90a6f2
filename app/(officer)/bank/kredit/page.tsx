import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { branchScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { ReferralStatusForm } from "@/components/officer/referral-status-form";
import { listReferrals } from "@/lib/credit/referrals";
import { REFERRAL_STATUSES } from "@/lib/credit/schema";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";

export default async function CreditFollowUpPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const access = await authorize("credit.refer");
  const { status } = await searchParams;
  const selected = REFERRAL_STATUSES.find((s) => s === status);
  const [t, tAll, format, referrals] = await Promise.all([
    getTranslations("officer.credit"),
    getTranslations("officer"),
    getFormatter(),
    listReferrals(db(), branchScope(access), selected),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <nav aria-label={t("status")} className="flex flex-wrap gap-2 text-sm">
        <Link
          href="/bank/kredit"
          aria-current={!selected ? "page" : undefined}
          className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
        >
          {tAll("clients.any")}
        </Link>
        {REFERRAL_STATUSES.map((s) => (
          <Link
            key={s}
            href={`?status=${s}`}
            aria-current={selected === s ? "page" : undefined}
            className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {t(`statuses.${s}`)}
          </Link>
        ))}
      </nav>
      {referrals.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="referral-list">
          {referrals.map((r) => (
            <li key={r.id} className="rounded-xl bg-white p-4 text-sm shadow-sm">
              <Link href={`/bank/klien/${r.company.id}`} className="font-semibold text-brand-700 underline">
                {r.company.name}
              </Link>
              <p>
                {t(`products.${r.product}`)} · {formatRupiah(Number(r.amount))} · {format.dateTime(r.createdAt, { dateStyle: "medium" })}
              </p>
              <p className="text-slate-700">{r.purpose}</p>
              {/* Keyed by status: the saved status comes back as the new default (React resets a form after its action). */}
              <ReferralStatusForm key={r.status} referralId={r.id} status={r.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
