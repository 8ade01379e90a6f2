import { getFormatter, getTranslations } from "next-intl/server";
import { ownParticipantId } from "@/lib/auth/scope";
import { notFound } from "next/navigation";
import { MembershipCard } from "@/components/participant/membership-card";
import { ButtonLink } from "@/components/ui/button";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { ownParticipant } from "@/lib/participants/queries";

/** Confirmation after registration: KPJ, how to pay the first bill, the card. */
export default async function RegistrationDonePage() {
  const access = await authorize("participant.read.own");
  const participantId = ownParticipantId(access);
  const participant = participantId ? await ownParticipant(db(), participantId) : null;
  if (!participant) notFound();
  const [t, format] = await Promise.all([getTranslations("done"), getFormatter()]);
  const firstBill = participant.bills.at(-1);
  return (
    <div className="space-y-6">
      <div role="status" className="space-y-2 rounded-xl bg-brand-50 p-5">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("lead", { name: participant.name })}</p>
        <p>
          {t("kpj")}:{" "}
          <strong className="font-mono text-xl" data-testid="kpj">
            {participant.kpj}
          </strong>
        </p>
        <p className="text-sm">{t("pending")}</p>
        {firstBill && (
          <p className="text-sm">
            {t("payWith", {
              amount: formatRupiah(Number(firstBill.total)),
              va: firstBill.virtualAccount,
              due: format.dateTime(firstBill.dueDate, { dateStyle: "long", timeZone: "UTC" }),
            })}
          </p>
        )}
      </div>
      <MembershipCard participant={participant} />
      <ButtonLink href="/akun" variant="secondary" className="no-print w-full">
        {t("toAccount")}
      </ButtonLink>
    </div>
  );
}
