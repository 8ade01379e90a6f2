import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/staff/decision-form";
import { decideReviewAction } from "@/lib/review/actions";
import { regionScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { actorOf } from "@/lib/audit/record";
import { db } from "@/lib/db/database";
import { maskNik } from "@/lib/domain/nik";
import { requestSource } from "@/lib/http/current-request";
import { revealNik } from "@/lib/participants/nik-view";
import { regencyName } from "@/lib/domain/regions";
import { openCases } from "@/lib/review/decide";
import type { ReviewReason } from "@/lib/review/detect";

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ lihat?: string | string[] }> }) {
  const access = await authorize("review.decide");
  const { lihat } = await searchParams;
  const [t, format, cases] = await Promise.all([getTranslations("staff.review"), getFormatter(), openCases(db(), regionScope(access))]);
  // One case's full NIK on request (?lihat=<case>), only among the cases this user may see, audited.
  const shown = cases.find((c) => c.id === lihat);
  const fullNik = shown
    ? await revealNik(db(), actorOf(access.user, await requestSource()), shown.participant, `review:${shown.id}`)
    : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {cases.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="review-queue">
          {cases.map((c) => (
            <li key={c.id} className="rounded-xl bg-white p-4 text-sm shadow-sm">
              <p className="font-semibold">
                {c.participant.name} · KPJ {c.participant.kpj} ·{" "}
                {c.id === shown?.id && fullNik ? <span data-testid="full-nik">{fullNik}</span> : maskNik(c.participant.nik)}
              </p>
              {c.id !== shown?.id && (
                // Opening it writes an audit entry: never prefetched, only followed.
                <Link href={`/dashboard/tinjauan?lihat=${c.id}`} prefetch={false} className="text-brand-700 underline">
                  {t("showNik", { name: c.participant.name })}
                </Link>
              )}
              <p className="text-slate-700">
                {format.dateTime(c.participant.birthDate, { dateStyle: "medium", timeZone: "UTC" })} ·{" "}
                {regencyName(c.participant.regencyCode)}
              </p>
              <p className="mt-1">
                <span className="text-slate-600">{t("reason")}:</span> {t(`reasons.${c.reason as ReviewReason}`)}
              </p>
              <DecisionForm action={decideReviewAction} idName="caseId" id={c.id} noteLabel={t("note")} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
