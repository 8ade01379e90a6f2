import { notFound } from "next/navigation";
import { clientScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { findClientRef } from "@/lib/officer/clients";
import { checkUpload } from "@/lib/worker-import/check-upload";

/** POST a worker file: every row checked, progress streamed as NDJSON (lib/worker-import/check-upload.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorize("client.enroll");
  const client = await findClientRef(db(), clientScope(access), id);
  if (!client?.branchId) notFound();
  return checkUpload(db(), request, { client: { ...client, branchId: client.branchId }, officerId: access.user.id });
}
