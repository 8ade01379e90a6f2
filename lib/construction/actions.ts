"use server";
import { redirect } from "next/navigation";
import { branchScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/client";
import { clientInfo } from "../http/client-info";
import { submitProject, type ProjectState } from "./submit";

export async function registerProjectAction(_previous: ProjectState, formData: FormData): Promise<ProjectState> {
  const user = await requireArea("/bank");
  const state = await submitProject(db(), branchScopeOf(user), formData, { userId: user.id, role: user.role, ...(await clientInfo()) });
  if (state.status === "registered") redirect(`/bank/proyek?baru=${state.workers}`);
  return state;
}
