"use server";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { consumeLimit } from "../security/rate-limit";
import { messageWithParams } from "../validation/field-errors";
import { submitRegistration, type RegistrationState } from "./submit";

export async function registerAction(
  _previous: RegistrationState,
  formData: FormData,
): Promise<RegistrationState> {
  const client = await requestSource();
  return submitRegistration(db(), formData, client, async () => {
    const limit = await consumeLimit(db(), "registration", client.ip ?? "unknown");
    return limit.ok ? null : { form: messageWithParams("errors.tooManyRequests", { seconds: limit.retryAfterSeconds }) };
  });
}
