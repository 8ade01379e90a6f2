import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { CONTENT_TYPES, exportFile } from "@/lib/exports/participant-export";

/** GET: a finished export's file, to the person who asked for it (anyone else: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorize("dashboard.read");
  const file = await exportFile(db(), access.user.id, (await params).id);
  if (!file) return new Response("Tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(file.body, {
    headers: {
      "Content-Type": CONTENT_TYPES[file.format],
      "Content-Length": String(file.bytes),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
