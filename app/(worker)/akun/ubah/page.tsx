import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ContactChangeForm } from "@/components/participant/contact-change-form";
import { BpuTermsForm } from "@/components/participant/bpu-terms-form";
import { IdentityChangeForm } from "@/components/participant/identity-change-form";
import { ProfileForm } from "@/components/participant/profile-form";
import { IdentityRequestStatus } from "@/components/participant/identity-request-status";
import { ownParticipantId } from "@/lib/auth/scope";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { authorize, type UserAccess } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { maskRecipient } from "@/lib/domain/contact-mask";
import { BANTEN_REGENCIES, bantenDistricts } from "@/lib/domain/regions";
import { latestIdentityRequest } from "@/lib/identity-changes/decide";
import { bpuTermsView } from "@/lib/participants/bpu-terms";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";

/** "Ubah data": what a worker keeps current themself, and the corrections they ask staff for (issue 14). */
export default async function ChangeDataPage() {
  const access = await authorize("participant.update.own");
  // The check stays outside the boundary (its redirect or 404 keeps its status); the data streams in after it.
  return (
    <Suspense fallback={<LoadingStatus />}>
      <ChangeData access={access} />
    </Suspense>
  );
}

async function ChangeData({ access }: { access: UserAccess }) {
  const participantId = ownParticipantId(access);
  const t = await getTranslations("changes");
  const participant = participantId
    ? await db().participant.findUnique({
        where: { id: participantId },
        select: { phone: true, email: true, regencyCode: true, districtCode: true, address: true, occupation: true },
      })
    : null;
  if (!participantId || !participant) return <p>{t("noRecord")}</p>;
  const now = new Date();
  const [terms, request, format] = await Promise.all([
    bpuTermsView(db(), participantId, now),
    latestIdentityRequest(db(), participantId),
    getFormatter(),
  ]);
  const districts = Object.fromEntries(BANTEN_REGENCIES.map((r) => [r.code, bantenDistricts(r.code)]));
  const card = "space-y-3 rounded-xl bg-white p-5 shadow-sm";
  return (
    <div className="space-y-6">
      <Link href="/akun" className="text-sm font-medium text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <section aria-labelledby="contact" className={card}>
        <h2 id="contact" className="text-lg font-semibold">
          {t("contact.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("contact.current", {
            phone: participant.phone ? maskRecipient(participant.phone) : "-",
            email: participant.email ? maskRecipient(participant.email) : "-",
          })}
        </p>
        <ContactChangeForm kind="phone" />
        <ContactChangeForm kind="email" />
      </section>
      <section aria-labelledby="profile" className={card}>
        <h2 id="profile" className="text-lg font-semibold">
          {t("profile")}
        </h2>
        <ProfileForm profile={participant} regencies={BANTEN_REGENCIES} districts={districts} />
      </section>
      {terms?.inForce && terms.changeFrom && (
        <section aria-labelledby="terms" className={card}>
          <h2 id="terms" className="text-lg font-semibold">
            {t("terms.title")}
          </h2>
          {terms.pending && (
            <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="terms-pending">
              {t("terms.pending", {
                month: format.dateTime(monthDate(terms.pending.fromPeriod), MONTH_YEAR),
                income: terms.pending.declaredIncome,
                months: terms.pending.paymentPeriodMonths,
              })}
            </p>
          )}
          <BpuTermsForm
            from={terms.changeFrom}
            income={terms.pending?.declaredIncome ?? terms.inForce.income}
            months={terms.pending?.paymentPeriodMonths ?? terms.inForce.months}
            programs={terms.programs}
            occupation={terms.occupation}
          />
        </section>
      )}
      <section aria-labelledby="identity" className={card}>
        <h2 id="identity" className="text-lg font-semibold">
          {t("identity.title")}
        </h2>
        {request && <IdentityRequestStatus request={request} />}
        {request?.status !== "OPEN" && <IdentityChangeForm />}
      </section>
    </div>
  );
}
