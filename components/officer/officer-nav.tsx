import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LINKS = [
  ["/bank", "home"],
  ["/bank/klien", "clients"],
  ["/bank/klien/baru", "enroll"],
  ["/bank/proyek", "projects"],
  ["/bank/kredit", "credit"],
] as const;

export async function OfficerNav() {
  const t = await getTranslations("officer.nav");
  return (
    <nav aria-label={t("home")} className="no-print -mx-4 -mt-6 mb-6 overflow-x-auto border-b border-slate-200 bg-white px-4">
      <ul className="flex gap-4 text-sm font-medium whitespace-nowrap">
        {LINKS.map(([href, key]) => (
          <li key={href}>
            <Link href={href} className="inline-block py-3 text-brand-700 hover:underline">
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
