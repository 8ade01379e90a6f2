"use server";
import { db } from "../db/client";
import { clientInfo } from "../http/client-info";
import { consumeLimit } from "../security/rate-limit";
import { messageWithParams } from "../validation/field-errors";
import { submitRegistration, type RegistrationState } from "./submit";

export async function registerAction(
  _previous: RegistrationState,
  formData: FormData,
): Promise<RegistrationState> {
  const client = await clientInfo();
  const limit = await consumeLimit(db(), "registration", client.ip ?? "unknown");
  if (!limit.ok) return { status: "error", fieldErrors: { form: messageWithParams("errors.tooManyRequests", { seconds: limit.retryAfterSeconds }) } };
  return submitRegistration(db(), formData, client);
}
