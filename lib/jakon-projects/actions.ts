"use server";
import { redirect } from "next/navigation";
import { branchScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { submitProject, type ProjectState } from "./submit";

export async function registerProjectAction(_previous: ProjectState, formData: FormData): Promise<ProjectState> {
  const user = await requireArea("/bank");
  const state = await submitProject(db(), branchScopeOf(user), formData, { userId: user.id, role: user.role, ...(await requestSource()) });
  if (state.status === "registered") redirect(`/bank/proyek?baru=${state.workers}`);
  return state;
}
