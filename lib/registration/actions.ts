"use server";
import { db } from "../db/client";
import { clientInfo } from "../http/client-info";
import { submitRegistration, type RegistrationState } from "./submit";

export async function registerAction(
  _previous: RegistrationState,
  formData: FormData,
): Promise<RegistrationState> {
  return submitRegistration(db(), formData, await clientInfo());
}
