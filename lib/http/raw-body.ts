// A request body as bytes, at most `maxBytes` (a client cannot make the server
// buffer an endless upload). Signed bodies (payment notifications) are checked
// on exactly these bytes; JSON bodies are parsed from them (body.ts).

export type RawBody = { ok: true; bytes: Uint8Array } | { ok: false };

export async function readRawBody(request: Request, maxBytes: number): Promise<RawBody> {
  // A declared length over the limit is refused before reading a byte; a missing or false one is caught while reading.
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
