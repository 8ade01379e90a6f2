import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BrowserMessages } from "@/components/i18n/browser-messages";
import { holds } from "@/lib/auth/session";

const LINKS = [
  ["/admin", "users"],
  ["/admin/cabang", "branches"],
  ["/admin/kunci-api", "keys"],
  ["/admin/sponsor", "sponsors"],
  ["/admin/aturan", "rules"],
  ["/dashboard/pesan", "messages"],
] as const;

/** The admin console's frame. Each page checks its own permission; the menu shows only to those who hold it. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [t, admin] = await Promise.all([getTranslations("admin"), holds("admin.users")]);
  return (
    <BrowserMessages area="admin">
      <div className="desk">
        {admin && (
          <nav aria-label={t("title")} className="mb-4 flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm">
            {LINKS.map(([href, key]) => (
              <Link key={href} href={href} className="font-semibold text-brand-700 underline">
                {t(`nav.${key}`)}
              </Link>
            ))}
          </nav>
        )}
        {children}
      </div>
    </BrowserMessages>
  );
}
