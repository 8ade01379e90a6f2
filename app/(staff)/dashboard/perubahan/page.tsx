import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/staff/decision-form";
import { decideIdentityChangeAction } from "@/lib/identity-changes/actions";
import { regionScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { maskNik } from "@/lib/domain/nik";
import { regencyName } from "@/lib/domain/regions";
import { openIdentityRequests } from "@/lib/identity-changes/decide";

/** Identity corrections workers of the staff member's region asked for: the record as it stands beside what is asked. */
export default async function IdentityRequestsPage() {
  const access = await authorize("identity.decide");
  const [t, tr, format, requests] = await Promise.all([
    getTranslations("staff.identity"),
    getTranslations("register.fields"),
    getFormatter(),
    openIdentityRequests(db(), regionScope(access)),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const gender = (g: "M" | "F") => tr(g === "M" ? "genderM" : "genderF");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {requests.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="identity-requests">
          {requests.map((r) => {
            const p = r.participant;
            // Only the fields asked for: what is on record now, and what the worker asks.
            const rows = [
              r.name && [tr("name"), p.name, r.name],
              r.birthDate && [tr("birthDate"), day(p.birthDate), day(r.birthDate)],
              r.gender && [tr("gender"), gender(p.gender), gender(r.gender)],
              // A NIK correction shows both in full: comparing them is the decision.
              r.nik && [tr("nik"), p.nik, r.nik],
            ].filter((row): row is string[] => Array.isArray(row));
            return (
              <li key={r.id} className="rounded-xl bg-white p-4 text-sm shadow-sm">
                <p className="font-semibold">
                  {p.name} · KPJ {p.kpj} · {maskNik(p.nik)} · {regencyName(p.regencyCode)}
                </p>
                <p className="text-slate-600">
                  {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" })}
                </p>
                <table className="mt-2 w-full text-left">
                  <thead>
                    <tr className="text-slate-600">
                      <th scope="col" className="py-1 font-normal">
                        {t("field")}
                      </th>
                      <th scope="col" className="py-1 font-normal">
                        {t("now")}
                      </th>
                      <th scope="col" className="py-1 font-normal">
                        {t("asked")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(([label, now, asked]) => (
                      <tr key={label}>
                        <th scope="row" className="py-1 font-medium">
                          {label}
                        </th>
                        <td className="py-1">{now}</td>
                        <td className="py-1 font-semibold">{asked}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="mt-1">
                  <span className="text-slate-600">{t("reason")}:</span> {r.reason}
                </p>
                <DecisionForm action={decideIdentityChangeAction} idName="requestId" id={r.id} noteLabel={t("note")} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
