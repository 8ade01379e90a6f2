import { getTranslations } from "next-intl/server";
import { HeirForm } from "@/components/participant/heir-form";
import { maskNik } from "@/lib/domain/nik";
import { removeHeirAction } from "@/lib/heirs/actions";
import type { OwnParticipant } from "@/lib/participants/queries";

/** /akun: the worker's heirs, each removable, and the form to name one more. */
export async function HeirList({ heirs }: { heirs: OwnParticipant["heirs"] }) {
  const t = await getTranslations("heirs");
  return (
    <section aria-labelledby="heirs" className="no-print rounded-xl bg-white p-5 shadow-sm">
      <h2 id="heirs" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {heirs.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100" data-testid="heirs">
          {heirs.map((heir) => (
            <li key={heir.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{heir.name}</span> · {t(`relationships.${heir.relationship}`)}
                {heir.nik && ` · ${maskNik(heir.nik)}`}
                {heir.phone && ` · ${heir.phone}`}
              </span>
              <form action={removeHeirAction}>
                <input type="hidden" name="heirId" value={heir.id} />
                <button type="submit" className="min-h-11 text-sm font-medium text-red-700 underline">
                  {t("remove", { name: heir.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <HeirForm />
    </section>
  );
}
