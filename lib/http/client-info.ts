import "server-only";
import { headers } from "next/headers";
import { clientOf } from "./client";

/** Where the current request came from (pages and server actions), for the audit log and abuse limits. */
export async function clientInfo() {
  return clientOf(await headers());
}
