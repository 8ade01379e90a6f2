// One way to write a /api/v1 endpoint (docs/decisions/0012-actions-and-permissions.md):
//   authenticate (API key, session, BJB's signature, or nobody) → permission →
//   abuse limit → query schema → handler, with one error mapper and one
//   response shape ({ error } or { error, fields }: lib/http/api-errors.ts).
// Framework-free: app/api/v1/*/route.ts binds an endpoint to Next
// (lib/api/next.ts); tests call it with their own database and clock.
import type { z } from "zod";
import { decideAccess, type Access, type Requester } from "../auth/access";
import type { SessionUser } from "../auth/credentials";
import type { Permission } from "../auth/permissions";
import type { Db } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { queryFieldErrors } from "../http/api-errors";
import { queryRecord } from "../http/query";
import { badRequest, errorMessage, serverError, tooManyRequests, unauthorized } from "../http/responses";
import { sourceOf, type RequestSource } from "../http/source";
import { log } from "../log";
import { consumeLimit } from "../security/rate-limit";
import type { LimitName } from "../security/limits";
import { authenticateApiKey } from "./keys";
import { apiMessage } from "../http/api-messages";

export interface ApiContext {
  db: Db;
  /** For reads that may lag a moment (the stats API): the replica when there is one (lib/db/database.ts). */
  readDb?: Db;
  now: Date;
  /** The portal session's user; read only by endpoints a session may call (it reads cookies). */
  sessionUser?: () => Promise<SessionUser | null>;
  /** BJB_WEBHOOK_SECRET, for endpoints Bank BJB signs. */
  bjbSecret?: string;
  /** BJB_WEBHOOK_SECRET_PREVIOUS: also accepted while a rotation is under way (docs/api.md, "Rotating the secret"). */
  bjbPreviousSecret?: string;
}

/** Who the caller proved to be, and the body bytes when proving it meant reading them (a signature). */
export type Authenticated = { requester: Requester; body?: Uint8Array };

export type Authentication =
  | "none"
  /** `Authorization: Bearer lk_…` (lib/api/keys.ts) */
  | "apiKey"
  /** An API key when the header is there (a bad one is 401 whatever the session), else the portal session. */
  | "apiKeyOrSession"
  /** Its own proof; a Response ends the request (401, 413, 503). */
  | ((request: Request, context: ApiContext) => Promise<Authenticated | Response>);

export interface ApiCall<Query> {
  request: Request;
  context: ApiContext;
  access: Access;
  query: Query;
  source: RequestSource;
  /** The body as read by a custom authentication. */
  body?: Uint8Array;
}

export interface ApiEndpointDefinition<Query> {
  permission: Permission;
  authentication: Authentication;
  /** Counted once the caller is known, before anything else is read; `key` says whose count it is. */
  limit?: { name: LimitName; key: (call: { source: RequestSource; requester: Requester }) => string };
  /** Query parameters (each at most once), parsed before the handler. */
  query?: z.ZodType<Query>;
  handler: (call: ApiCall<Query>) => Promise<Response>;
}

export type ApiEndpoint = (request: Request, context: ApiContext) => Promise<Response>;

const unauthenticatedMessage = {
  apiKey: "api.unauthorized",
  apiKeyOrSession: "api.unauthenticatedStaff",
} as const;

async function authenticate(kind: Authentication, request: Request, context: ApiContext): Promise<Authenticated | Response> {
  if (kind === "none") return { requester: { kind: "anonymous" } };
  if (typeof kind === "function") return kind(request, context);
  const authorization = request.headers.get("authorization");
  // A header that is there but empty is a bad key (401), not "no key": a bank system must learn it sent nothing.
  if (authorization !== null || kind === "apiKey") {
    const key = await authenticateApiKey(context.db, authorization);
    if (!key) return unauthorized(apiMessage(unauthenticatedMessage[kind]));
    return { requester: { kind: "apiKey", ...key } };
  }
  const user = await context.sessionUser?.();
  return user ? { requester: { kind: "user", user } } : unauthorized(apiMessage(unauthenticatedMessage[kind]));
}

export function apiEndpoint<Query = undefined>(definition: ApiEndpointDefinition<Query>): ApiEndpoint {
  return async (request, context) => {
    try {
      return await respond(definition, request, context);
    } catch (error) {
      return failureResponse(error);
    }
  };
}

async function respond<Query>(definition: ApiEndpointDefinition<Query>, request: Request, context: ApiContext): Promise<Response> {
  const authenticated = await authenticate(definition.authentication, request, context);
  if (authenticated instanceof Response) return authenticated;
  const { requester } = authenticated;
  const decision = decideAccess(definition.permission, requester);
  // Signed in without the permission: "not found", as on the portal's pages.
  // Mid sign-in (a second factor still to give) is not signed in yet.
  if (!decision.ok) return decision.reason === "denied" ? notFound() : unauthorized(apiMessage("api.unauthorized"));

  const source = sourceOf(request.headers);
  if (definition.limit) {
    const limit = await consumeLimit(context.db, definition.limit.name, definition.limit.key({ source, requester }));
    if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  }
  let query = undefined as Query;
  if (definition.query) {
    const record = queryRecord(new URL(request.url).searchParams);
    if (!record.ok) return badRequest(record.fields);
    const parsed = definition.query.safeParse(record.value);
    if (!parsed.success) return badRequest(queryFieldErrors(parsed.error));
    query = parsed.data;
  }
  return definition.handler({ request, context, access: decision.access, query, source, body: authenticated.body });
}

const notFound = (messageKey = "api.notFound") => errorMessage(404, apiMessage(messageKey));

/** The one error mapper: what a rule threw on purpose, or our own failure (500, logged). */
function failureResponse(error: unknown): Response {
  if (error instanceof NotFound) return notFound(error.messageKey);
  if (error instanceof FieldConflict) return badRequest({ [error.field]: apiMessage(error.messageKey) });
  if (error instanceof Refusal) {
    if (error.status === 429 && error.retryAfterSeconds) return tooManyRequests(error.retryAfterSeconds);
    // A 400 keeps the one 400 shape: the refusal is the request's as a whole.
    if (error.status === 400) return badRequest({ request: apiMessage(error.messageKey) });
    return errorMessage(error.status, apiMessage(error.messageKey));
  }
  // Bad input never gets here: every check answers 4xx. This is our fault, and nothing was committed.
  log.error({ err: error }, "API request failed");
  return serverError();
}
