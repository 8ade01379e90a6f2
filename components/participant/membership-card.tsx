import { getFormatter, getTranslations } from "next-intl/server";
import { cardQrSvg } from "@/lib/participants/card";
import { PrintButton } from "./print-button";
import type { OwnParticipant } from "@/lib/participants/queries";

export async function MembershipCard({ participant }: { participant: OwnParticipant }) {
  const [t, ts, tc, format, qr] = await Promise.all([
    getTranslations("card"),
    getTranslations("status"),
    getTranslations("category"),
    getFormatter(),
    cardQrSvg(participant.kpj),
  ]);
  return (
    <section aria-labelledby="card-title" className="space-y-3">
      <h2 id="card-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div
        data-testid="membership-card"
        className="mx-auto max-w-sm rounded-2xl bg-gradient-to-br from-brand-600 to-brand-900 p-5 text-white shadow-lg print:shadow-none"
      >
        <p className="text-sm font-semibold tracking-wide uppercase">{t("brand")}</p>
        <div className="mt-4 flex items-start justify-between gap-4">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-brand-100">{t("kpj")}</dt>
              <dd className="font-mono text-xl font-bold tracking-wider" data-testid="card-kpj">
                {participant.kpj}
              </dd>
            </div>
            <div>
              <dt className="text-brand-100">{t("name")}</dt>
              <dd className="font-semibold">{participant.name}</dd>
            </div>
            <div>
              <dt className="text-brand-100">{t("category")}</dt>
              <dd>{tc(participant.category)}</dd>
            </div>
            <div>
              <dt className="text-brand-100">{t("status")}</dt>
              <dd>{ts(participant.status)}</dd>
            </div>
            <div>
              <dt className="text-brand-100">{t("since")}</dt>
              <dd>{format.dateTime(participant.createdAt, { dateStyle: "medium" })}</dd>
            </div>
          </dl>
          <div
            role="img"
            aria-label={t("qrAlt", { kpj: participant.kpj })}
            className="size-28 shrink-0 rounded-lg bg-white p-1"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        </div>
      </div>
      <div className="no-print flex justify-center gap-3">
        <PrintButton label={t("print")} />
        <a
          href="/akun/kartu"
          download
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
        >
          {t("download")}
        </a>
      </div>
    </section>
  );
}
