import { getFormatter, getTranslations } from "next-intl/server";
import { ofClient, ownParticipantId } from "@/lib/auth/scope";
import { MembershipCard } from "@/components/participant/membership-card";
import { BillList } from "@/components/participant/bill-list";
import { DetailList } from "@/components/ui/detail-list";
import { authorize, type UserAccess } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { maskNik } from "@/lib/domain/nik";
import { bantenDistricts, regencyName } from "@/lib/domain/regions";
import { ownParticipant, ownSponsorship } from "@/lib/participants/queries";
import { SponsorshipNotice } from "@/components/participant/sponsorship-notice";
import { reviewOutcome } from "@/lib/review/decide";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { CreditNotice } from "@/components/payments/credit-notice";
import { localeOr } from "@/lib/i18n/locales";
import { HeirList } from "@/components/participant/heir-list";
import { PreferencesForm } from "@/components/participant/preferences-form";
import { creditBalance } from "@/lib/ledger/entries";
import Link from "next/link";
import { IdentityRequestStatus } from "@/components/participant/identity-request-status";
import { latestIdentityRequest } from "@/lib/identity-changes/decide";
import { bpuTermsView } from "@/lib/participants/bpu-terms";

export default async function AccountPage() {
  const access = await authorize("participant.read.own");
  // The check stays outside the boundary (its redirect or 404 keeps its status); the data streams in after it.
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Account access={access} />
    </Suspense>
  );
}

async function Account({ access }: { access: UserAccess }) {
  // Scope lives in the query: a worker can only ever load their own record.
  const participantId = ownParticipantId(access);
  const participant = participantId ? await ownParticipant(db(), participantId) : null;
  const [t, tp] = await Promise.all([getTranslations("account"), getTranslations("preferences")]);
  if (!participant) return <p>{t("noRecord")}</p>;
  const [format, review, credit, request, terms, sponsorship, businesses] = await Promise.all([
    getFormatter(),
    reviewOutcome(db(), participant.id),
    creditBalance(db(), { type: "PARTICIPANT", id: participant.id }),
    latestIdentityRequest(db(), participant.id),
    bpuTermsView(db(), participant.id, new Date()),
    ownSponsorship(db(), participant.id),
    // Owned or managed (named by the officer): the same filter the business pages use.
    db().company.count({ where: ofClient({ participantId: participant.id }) }),
  ]);
  const district = bantenDistricts(participant.regencyCode).find((d) => d.code === participant.districtCode)?.name;
  const rows: [string, string][] = [
    [t("nik"), maskNik(participant.nik)],
    [t("phone"), participant.phone ?? "-"],
    [t("address"), [participant.address, district, regencyName(participant.regencyCode)].filter(Boolean).join(", ")],
    [t("programs"), participant.programs.join(", ")],
    // The declared income the bills follow now (a change waiting for its month shows on "Ubah data").
    [t("income"), terms?.inForce ? formatRupiah(terms.inForce.income) : "-"],
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("greeting", { name: participant.name })}</h1>
      {review && (
        <p
          role="status"
          className={`rounded-lg p-3 text-sm ${review.status === "REJECTED" ? "bg-red-50 text-red-900" : "bg-brand-50"}`}
          data-testid="review-outcome"
        >
          {review.status === "OPEN"
            ? t("reviewOpen")
            : review.status === "APPROVED"
              ? t("reviewApproved")
              : t("reviewRejected", { note: review.note ?? "" })}
        </p>
      )}
      {sponsorship && <SponsorshipNotice sponsorship={sponsorship} />}
      {businesses > 0 && (
        <p>
          <Link href="/akun/usaha" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("business")}
          </Link>
        </p>
      )}
      <MembershipCard participant={participant} />
      <CreditNotice credit={credit} />
      <section aria-labelledby="record" className="no-print rounded-xl bg-white p-5 shadow-sm">
        <h2 id="record" className="text-lg font-semibold">
          {t("record")}
        </h2>
        <DetailList rows={rows} className="mt-2" />
        <p className="mt-3">
          <Link href="/akun/ubah" className="font-semibold text-brand-700 underline">
            {t("change")}
          </Link>
        </p>
        {request && (
          <div className="mt-3">
            <IdentityRequestStatus request={request} />
          </div>
        )}
        <p className="mt-3 text-sm">
          <a href="/akun/data" download className="font-semibold text-brand-700 underline">
            {t("downloadData")}
          </a>{" "}
          <span className="text-slate-600">{t("downloadDataHint")}</span>
        </p>
      </section>
      <section aria-labelledby="preferences" className="no-print rounded-xl bg-white p-5 shadow-sm">
        <h2 id="preferences" className="text-lg font-semibold">
          {tp("title")}
        </h2>
        <PreferencesForm
          textChannel={participant.textChannel}
          reminders={!participant.remindersOptOut}
          locale={localeOr(participant.locale)}
        />
      </section>
      <HeirList heirs={participant.heirs} />
      <BillList bills={participant.bills} formatDate={(d) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" })} />
    </div>
  );
}
