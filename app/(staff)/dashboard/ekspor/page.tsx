import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/auto-refresh";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { EXPORT_KEEP_DAYS, exportsOf } from "@/lib/exports/participant-export";

/** The signed-in person's large exports: waiting, being built (with progress), ready to download. */
export default async function ExportsPage() {
  const access = await authorize("dashboard.read");
  const [t, format, exports] = await Promise.all([getTranslations("staff.exports"), getFormatter(), exportsOf(db(), access.user.id)]);
  const fileSize = (bytes: number) =>
    bytes < 1_048_576
      ? t("sizeKb", { size: Math.max(1, Math.round(bytes / 1024)).toLocaleString("id-ID") })
      : t("size", { size: (bytes / 1_048_576).toLocaleString("id-ID", { maximumFractionDigits: 1 }) });
  const working = exports.some((e) => e.status === "QUEUED" || e.status === "RUNNING");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { days: EXPORT_KEEP_DAYS })}</p>
      <AutoRefresh active={working} />
      {exports.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm" data-testid="exports" aria-live="polite">
          {exports.map((e) => (
            <li key={e.id} className="space-y-1 p-3 text-sm" data-testid="export">
              <p className="font-medium break-all">{e.fileName}</p>
              <p className="text-slate-600">
                {t("requested")} {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: JAKARTA_TZ })} ·{" "}
                <span data-testid="export-status">{t(`status.${e.status}`)}</span>
              </p>
              {(e.status === "RUNNING" || e.status === "QUEUED") && (
                <>
                  <progress className="w-full" max={Math.max(e.expectedRows, 1)} value={Math.min(e.rows, e.expectedRows)} />
                  <p className="tabular-nums">
                    {t("progress", { rows: e.rows.toLocaleString("id-ID"), total: e.expectedRows.toLocaleString("id-ID") })}
                  </p>
                </>
              )}
              {e.status === "DONE" && (
                <p>
                  <a href={`/dashboard/ekspor/${e.id}`} download className="font-semibold text-brand-700 underline">
                    {t("download")}
                  </a>{" "}
                  · {t("progress", { rows: e.rows.toLocaleString("id-ID"), total: e.rows.toLocaleString("id-ID") })} ·{" "}
                  {fileSize(Number(e.bytes))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Link href="/dashboard/peserta" className="font-medium text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
