// E-mail over SMTP (nodemailer). SMTP_URL names the server
// ("smtp://user:pass@host:587"; "smtps://" for implicit TLS). A 4xx answer or a
// dropped connection is worth retrying; a 5xx is not.
import nodemailer from "nodemailer";
import { type OutgoingMessage, PermanentFailure, type Sender, TemporaryFailure } from "./sender";

/** Generous for a slow server, short of the job's expiry (lib/jobs/queues.ts). */
const TIMEOUT_MS = 20_000;

export function emailSender(options: { url: string; from: string }): Sender {
  // Connections kept open and reused (nodemailer's pool: up to 5 at once, 100 messages each): a night's
  // reminders are thousands. Set in the URL, where nodemailer reads it, so SMTP_URL may still override it.
  const url = new URL(options.url);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport = nodemailer.createTransport(url.toString(), {
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(message: OutgoingMessage) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.recipient,
          subject: message.subject ?? "",
          text: message.body,
          // The same message sent again after a crash carries the same id: mail stores show it once.
          messageId: `<${message.id}@lindung>`,
        });
        return { providerId: info.messageId ?? null };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        const text = error instanceof Error ? error.message : String(error);
        if (code !== undefined && code >= 500) throw new PermanentFailure(`SMTP ${code}: ${text}`);
        throw new TemporaryFailure(code !== undefined ? `SMTP ${code}: ${text}` : text);
      }
    },
  };
}
