import { getTranslations } from "next-intl/server";
import { ownParticipantId } from "@/lib/auth/scope";
import { db } from "@/lib/db/database";
import { authorize } from "@/lib/auth/session";
import { cardSvg } from "@/lib/participants/card";

/** GET /akun/kartu: the signed-in worker's own card as an SVG download. */
export async function GET() {
  const access = await authorize("participant.read.own");
  const participantId = ownParticipantId(access);
  const participant = participantId ? await db().participant.findUnique({ where: { id: participantId } }) : null;
  if (!participant) return new Response(null, { status: 404 });
  const [t, tc] = await Promise.all([getTranslations("card"), getTranslations("category")]);
  const svg = await cardSvg({
    kpj: participant.kpj,
    name: participant.name,
    brand: t("brand"),
    kpjLabel: t("kpj"),
    nameLabel: t("name"),
    categoryLabel: t("category"),
    category: tc(participant.category),
  });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="kartu-bpjstk-${participant.kpj}.svg"`,
      "Cache-Control": "private, no-store",
    },
  });
}
