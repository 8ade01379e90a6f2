// Which adapter each channel uses, from the environment (docs/operations.md
// "Messages"). Unconfigured channels have no sender: their messages fail with
// "not configured", visibly, rather than pretending. The demo (`npm start`)
// sets DEMO_INBOX: unconfigured channels then deliver to the demo inbox page
// (/sandbox-pesan), never in production.
import { z } from "zod";
import type { Senders } from "../deliver";
import { emailSender } from "./email";
import type { Sender } from "./sender";
import { textGatewaySender } from "./text-gateway";

const MessagingEnv = z.object({
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("BPJS Ketenagakerjaan Banten <no-reply@lindung.invalid>"),
  TEXT_GATEWAY_URL: z.url().optional(),
  TEXT_GATEWAY_TOKEN: z.string().min(1).optional(),
  DEMO_INBOX: z.stringbool().default(false),
});

/** Marks a message sent: it is read on the demo inbox page, which lists the outbox. */
export const demoInboxSender: Sender = { send: async () => ({ providerId: "demo-inbox" }) };

export function configuredSenders(environment: NodeJS.ProcessEnv = process.env): Senders {
  const config = MessagingEnv.parse(Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== "")));
  const fallback = config.DEMO_INBOX ? demoInboxSender : undefined;
  const email = config.SMTP_URL ? emailSender({ url: config.SMTP_URL, from: config.MAIL_FROM }) : fallback;
  const text =
    config.TEXT_GATEWAY_URL && config.TEXT_GATEWAY_TOKEN
      ? textGatewaySender({ url: config.TEXT_GATEWAY_URL, token: config.TEXT_GATEWAY_TOKEN })
      : fallback;
  return { EMAIL: email, SMS: text, WHATSAPP: text };
}
