"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("detail")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
