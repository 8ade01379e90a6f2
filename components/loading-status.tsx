import { getTranslations } from "next-intl/server";

/** What a page shows while its data loads. */
export async function LoadingStatus() {
  const t = await getTranslations();
  return (
    <p role="status" className="animate-pulse text-slate-600">
      {t("loading")}
    </p>
  );
}
