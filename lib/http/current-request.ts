import "server-only";
import { headers } from "next/headers";
import { sourceOf } from "./source";

/** Where the current request (a page or a server action) came from. */
export async function requestSource() {
  return sourceOf(await headers());
}
