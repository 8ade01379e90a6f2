// What a first visit to a page downloads, compressed, by resource type (CDP's bytes on the wire): shared by the
// page-weight benchmark and the e2e test that holds /daftar to its script budget. Byte counts of a given build are
// deterministic, so unlike a timing this can be a test.
import type { Page } from "@playwright/test";

/** Issue 17.7: /daftar's first-load JavaScript, compressed: the bodies as sent, without HTTP headers. */
export const DAFTAR_SCRIPT_BUDGET_BYTES = 150_000;

export type PageWeight = {
  /** Bytes on the wire per CDP resource type (Script, Document, Stylesheet…), headers included. */
  byType: Record<string, number>;
  /** The scripts' compressed bodies alone (~650 bytes of headers a file left out, most of them our security headers). */
  scriptBody: number;
};

/** Loads `url` in `page` (a fresh context: an empty cache) until the network is idle, counting what came. */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const responses = new Map<string, { type: string; headerBytes: number }>();
  const weight: PageWeight = { byType: {}, scriptBody: 0 };
  cdp.on("Network.responseReceived", (e) => responses.set(e.requestId, { type: e.type, headerBytes: e.response.encodedDataLength }));
  cdp.on("Network.loadingFinished", (e) => {
    const response = responses.get(e.requestId);
    const type = response?.type ?? "Other";
    weight.byType[type] = (weight.byType[type] ?? 0) + e.encodedDataLength;
    if (type === "Script") weight.scriptBody += e.encodedDataLength - (response?.headerBytes ?? 0);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await cdp.detach();
  return weight;
}
