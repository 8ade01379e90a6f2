// What every channel adapter does: send one message, or say whether trying
// again later may help (TemporaryFailure: a timeout, a rate limit, a 5xx) or
// not (PermanentFailure: a number the provider refuses, a bad address).

export type OutgoingMessage = {
  /** The message's id: passed to the provider as its idempotency key (and as the e-mail's Message-ID). */
  id: string;
  channel: "EMAIL" | "SMS" | "WHATSAPP";
  recipient: string;
  subject: string | null;
  body: string;
};

export interface Sender {
  /** Resolves with the provider's id for the message, if it gives one. */
  send(message: OutgoingMessage): Promise<{ providerId: string | null }>;
}

export class TemporaryFailure extends Error {
  constructor(
    message: string,
    /** What the provider asked for (Retry-After), if anything. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class PermanentFailure extends Error {}
