// SMS and WhatsApp through an HTTP gateway (docs/operations.md "Messages"):
//   POST <TEXT_GATEWAY_URL>/messages
//   Authorization: Bearer <TEXT_GATEWAY_TOKEN>, Idempotency-Key: <message id>
//   {"channel": "sms" | "whatsapp", "to": "+62…", "text": "…", "reference": "<message id>"}
//   → 2xx {"id": "<provider id>"}; 429 with Retry-After; 4xx refused; 5xx failed.
// Indonesian gateways differ in their field names; an adapter for a given one
// maps onto this shape. The idempotency key lets the gateway drop a repeat we
// send after a crash between its answer and our record of it.
import { type OutgoingMessage, PermanentFailure, type Sender, TemporaryFailure } from "./sender";

const TIMEOUT_MS = 10_000;

export function textGatewaySender(options: { url: string; token: string; timeoutMs?: number; fetch?: typeof fetch }): Sender {
  const send = options.fetch ?? fetch;
  const endpoint = new URL("messages", options.url.endsWith("/") ? options.url : `${options.url}/`);
  return {
    async send(message: OutgoingMessage) {
      let response: Response;
      try {
        response = await send(endpoint, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Authorization: `Bearer ${options.token}`,
            "Idempotency-Key": message.id,
          },
          body: JSON.stringify({
            channel: message.channel === "WHATSAPP" ? "whatsapp" : "sms",
            to: message.recipient,
            text: message.body,
            reference: message.id,
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
        });
      } catch (error) {
        // Refused connection, reset, timeout: the gateway may come back.
        throw new TemporaryFailure(`gateway unreachable: ${error instanceof Error ? error.name : "error"}`);
      }
      if (response.ok) {
        const body = (await response.json().catch(() => ({}))) as { id?: unknown };
        return { providerId: typeof body.id === "string" ? body.id : null };
      }
      const detail = (await response.text().catch(() => "")).slice(0, 200);
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get("Retry-After"));
        throw new TemporaryFailure(`gateway rate limit: ${detail}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
      }
      if (response.status >= 500 || response.status === 408) throw new TemporaryFailure(`gateway ${response.status}: ${detail}`);
      throw new PermanentFailure(`gateway ${response.status}: ${detail}`);
    },
  };
}
