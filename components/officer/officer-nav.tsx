import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Permission } from "@/lib/auth/permissions";
import { holds } from "@/lib/auth/session";

const LINKS: readonly (readonly [string, "home" | "clients" | "enroll" | "projects" | "campaigns" | "credit" | "recovery", Permission])[] =
  [
    ["/bank", "home", "client.read"],
    ["/bank/klien", "clients", "client.read"],
    ["/bank/klien/baru", "enroll", "client.register"],
    ["/bank/proyek", "projects", "client.read"],
    ["/bank/kampanye", "campaigns", "campaign.read"],
    ["/bank/kredit", "credit", "credit.refer"],
    ["/bank/pemulihan", "recovery", "account.recover.branch"],
  ];

/** The officer console's links: only those the requester may open (an admin has no branch to enroll a client in). */
export async function OfficerNav() {
  const [t, allowed] = await Promise.all([getTranslations("officer.nav"), Promise.all(LINKS.map(([, , permission]) => holds(permission)))]);
  const links = LINKS.filter((_, i) => allowed[i]);
  return (
    <nav aria-label={t("home")} className="no-print -mx-4 -mt-6 mb-6 overflow-x-auto border-b border-slate-200 bg-white px-4">
      <ul className="flex gap-4 text-sm font-medium whitespace-nowrap">
        {links.map(([href, key]) => (
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
