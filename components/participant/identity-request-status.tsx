import { getFormatter, getTranslations } from "next-intl/server";

type Request = {
  status: "OPEN" | "APPROVED" | "REJECTED";
  name: string | null;
  birthDate: Date | null;
  gender: "M" | "F" | null;
  nik: string | null;
  decisionNote: string | null;
  createdAt: Date;
};

/** The worker's latest identity correction: what they asked, and what staff decided (with the reason). */
export async function IdentityRequestStatus({ request }: { request: Request }) {
  const [t, tr, format] = await Promise.all([getTranslations("changes.identity"), getTranslations("register.fields"), getFormatter()]);
  const asked = [
    request.name && `${tr("name")}: ${request.name}`,
    request.birthDate && `${tr("birthDate")}: ${format.dateTime(request.birthDate, { dateStyle: "long", timeZone: "UTC" })}`,
    request.gender && `${tr("gender")}: ${tr(request.gender === "M" ? "genderM" : "genderF")}`,
    request.nik && `${tr("nik")}: ${request.nik}`,
  ].filter(Boolean);
  const tone = request.status === "REJECTED" ? "bg-red-50 text-red-900" : "bg-brand-50";
  return (
    <div role="status" className={`rounded-lg p-3 text-sm ${tone}`} data-testid="identity-request">
      <p className="font-medium">
        {t(`status.${request.status}`, { date: format.dateTime(request.createdAt, { dateStyle: "medium", timeZone: "Asia/Jakarta" }) })}
      </p>
      <p>{asked.join(" · ")}</p>
      {request.decisionNote && <p>{t("note", { note: request.decisionNote })}</p>}
    </div>
  );
}
