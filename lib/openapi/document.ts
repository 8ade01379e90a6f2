// The OpenAPI 3.1 document for /api/v1, generated from the zod schemas the
// routes validate with (z.toJSONSchema), so the document cannot drift from the
// code. Endpoints are listed in ./operations.ts; this file only converts.
import { z } from "zod";
import { apiErrorMessageSchema, apiErrorSchema } from "../http/api-errors";

type JsonSchema = Record<string, unknown>;

/** A query schema: one object, or a discriminated union of objects (one per category, say). */
type QuerySchema = z.ZodObject | z.ZodDiscriminatedUnion<z.ZodObject[]>;

type ApiErrorStatus = 401 | 404 | 409 | 413 | 422 | 429 | 500 | 503;

export type ApiOperation = {
  method: "get" | "post";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: QuerySchema;
  /** Request headers the operation reads (Authorization is `security`, not a header here). */
  headers?: { name: string; schema: z.ZodType; required: boolean }[];
  requestBody?: {
    description: string;
    /** Name under components/schemas, like `success.schemaName`. */
    schemaName: string;
    schema: z.ZodType;
  };
  /** `Authorization: Bearer <API key>` (lib/api/keys.ts), or either that or a staff member's signed-in session. */
  security?: typeof API_KEY_SECURITY_SCHEME | typeof API_KEY_OR_STAFF_SESSION;
  success: {
    /** 200 unless the operation creates something. */
    status?: 200 | 201;
    description: string;
    /** Name under components/schemas; two operations may share one only with the same schema. */
    schemaName: string;
    schema: z.ZodType;
    cacheControl?: string;
    headers?: Record<string, { description: string; schema: z.ZodType }>;
  };
  /** Statuses besides 400 the operation answers with `{ error }`, and when. */
  errors?: Partial<Record<ApiErrorStatus, string>>;
};

export const API_KEY_SECURITY_SCHEME = "apiKey";
export const STAFF_SESSION_SECURITY_SCHEME = "staffSession";
/** Marks an operation open to an API key or, instead, the portal's session cookie of BPJS staff or an admin. */
export const API_KEY_OR_STAFF_SESSION = "apiKeyOrStaffSession";

function securityRequirements(security: NonNullable<ApiOperation["security"]>) {
  return security === API_KEY_OR_STAFF_SESSION
    ? [{ [API_KEY_SECURITY_SCHEME]: [] }, { [STAFF_SESSION_SECURITY_SCHEME]: [] }]
    : [{ [security]: [] }];
}

const API_ERROR_SCHEMA_NAME = "ApiError";
const API_ERROR_MESSAGE_SCHEMA_NAME = "ApiErrorMessage";

function jsonSchemaOf(schema: z.ZodType, role: "parameter" | "request" | "response"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    // A request body is documented as the client writes it, a response as the server sends it.
    io: role === "request" ? "input" : "output",
    // v1 only ever adds response properties (docs/api.md), so the document
    // must not tell clients to reject properties they do not know yet; request
    // bodies are open too: the server ignores properties it does not know.
    override: ({ jsonSchema }) => {
      if (role !== "parameter" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

type ParameterDraft = { name: string; schemas: JsonSchema[]; requiredIn: number; appliesTo: string[] };

function queryParameters(query: QuerySchema): JsonSchema[] {
  const isUnion = query instanceof z.ZodDiscriminatedUnion;
  const options: z.ZodObject[] = isUnion ? query.options : [query];
  const discriminator = isUnion ? (query.def.discriminator as string) : undefined;
  const drafts = new Map<string, ParameterDraft>();
  for (const option of options) {
    const label = discriminator ? String((option.shape[discriminator] as z.ZodLiteral).value) : "";
    for (const [name, field] of Object.entries(option.shape as Record<string, z.ZodType>)) {
      const draft = drafts.get(name) ?? { name, schemas: [], requiredIn: 0, appliesTo: [] };
      draft.schemas.push(jsonSchemaOf(field, "parameter"));
      // Required means: leaving it out is an error (no default, not optional).
      if (!field.safeParse(undefined).success) draft.requiredIn += 1;
      draft.appliesTo.push(label);
      drafts.set(name, draft);
    }
  }
  return [...drafts.values()].map((draft) => {
    const { description, ...schema } = mergeSchemas(draft.schemas);
    const partial = draft.appliesTo.length < options.length;
    const categories = `${discriminator} ${draft.appliesTo.join(", ")}`;
    // OpenAPI's `required` cannot depend on another parameter, so say it in words.
    const scope = !partial
      ? ""
      : draft.requiredIn === draft.appliesTo.length
        ? `Required for ${categories}; not used otherwise.`
        : `Only for ${categories}.`;
    const parameter: JsonSchema = {
      name: draft.name,
      in: "query",
      required: draft.requiredIn === options.length,
      ...(description || scope ? { description: [description, scope].filter(Boolean).join(" ") } : {}),
      schema,
    };
    // A list in any category is one comma-separated value (lib/http/query.ts).
    if (draft.schemas.some((option) => option.type === "array")) Object.assign(parameter, { style: "form", explode: false });
    return parameter;
  });
}

/** One parameter schema for every option that has it: equal ones collapse, constants become an enum. */
function mergeSchemas(schemas: JsonSchema[]): JsonSchema {
  const distinct = [...new Map(schemas.map((schema) => [JSON.stringify(schema), schema])).values()];
  if (distinct.length === 1) return distinct[0];
  if (distinct.every((schema) => "const" in schema && schema.type === distinct[0].type)) {
    return { type: distinct[0].type, enum: distinct.map((schema) => schema.const) };
  }
  return { anyOf: distinct };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const noStoreHeader = { "Cache-Control": { schema: { type: "string", const: "no-store" } } };

function headerParameters(headers: NonNullable<ApiOperation["headers"]>): JsonSchema[] {
  return headers.map((header) => {
    const { description, ...schema } = jsonSchemaOf(header.schema, "parameter");
    return { name: header.name, in: "header", required: header.required, ...(description ? { description } : {}), schema };
  });
}

/** A 401 challenges for a bearer key only where the operation takes one (webhooks are signed instead). */
function errorResponses(errors: NonNullable<ApiOperation["errors"]>, bearer: boolean): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(errors).map(([status, description]) => [
      status,
      {
        description,
        headers: {
          ...noStoreHeader,
          ...(status === "401" && bearer ? { "WWW-Authenticate": { schema: { type: "string", const: "Bearer" } } } : {}),
          ...(status === "429"
            ? { "Retry-After": { description: "Seconds until the limit allows another request.", schema: { type: "integer", minimum: 1 } } }
            : {}),
        },
        content: { "application/json": { schema: ref(API_ERROR_MESSAGE_SCHEMA_NAME) } },
      },
    ]),
  );
}

export function buildOpenApiDocument(operations: readonly ApiOperation[]) {
  const schemas: Record<string, JsonSchema> = {
    [API_ERROR_SCHEMA_NAME]: jsonSchemaOf(apiErrorSchema, "response"),
    [API_ERROR_MESSAGE_SCHEMA_NAME]: jsonSchemaOf(apiErrorMessageSchema, "response"),
  };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const addSchema = (name: string, component: JsonSchema) => {
    if (schemas[name] && JSON.stringify(schemas[name]) !== JSON.stringify(component)) {
      throw new Error(`Two different schemas are both named ${name} in the OpenAPI document`);
    }
    schemas[name] = component;
  };

  for (const operation of operations) {
    const { schemaName, schema, description, cacheControl, status = 200 } = operation.success;
    addSchema(schemaName, jsonSchemaOf(schema, "response"));
    if (operation.requestBody) {
      addSchema(operation.requestBody.schemaName, jsonSchemaOf(operation.requestBody.schema, "request"));
    }
    const successHeaders = {
      ...(cacheControl ? { "Cache-Control": { schema: { type: "string", const: cacheControl } } } : {}),
      ...Object.fromEntries(
        Object.entries(operation.success.headers ?? {}).map(([name, header]) => [
          name,
          { description: header.description, schema: jsonSchemaOf(header.schema, "response") },
        ]),
      ),
    };

    paths[operation.path] ??= {};
    if (paths[operation.path][operation.method]) {
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} is listed twice`);
    }
    paths[operation.path][operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: operation.tags,
      ...(operation.security ? { security: securityRequirements(operation.security) } : {}),
      parameters: [
        ...(operation.query ? queryParameters(operation.query) : []),
        ...(operation.headers ? headerParameters(operation.headers) : []),
      ],
      ...(operation.requestBody
        ? {
            requestBody: {
              required: true,
              description: operation.requestBody.description,
              content: { "application/json": { schema: ref(operation.requestBody.schemaName) } },
            },
          }
        : {}),
      responses: {
        [String(status)]: {
          description,
          ...(Object.keys(successHeaders).length > 0 ? { headers: successHeaders } : {}),
          content: { "application/json": { schema: ref(schemaName) } },
        },
        "400": {
          description: "Invalid request: see `fields` for the parameters at fault.",
          headers: noStoreHeader,
          content: { "application/json": { schema: ref(API_ERROR_SCHEMA_NAME) } },
        },
        ...(operation.errors ? errorResponses(operation.errors, operation.security !== undefined) : {}),
      },
    };
  }

  const secured = operations.some((operation) => operation.security);
  const sessions = operations.some((operation) => operation.security === API_KEY_OR_STAFF_SESSION);
  return {
    openapi: "3.1.0",
    info: {
      title: "Lindung API",
      version: "1",
      description:
        "Public API of Lindung, the BPJS Ketenagakerjaan enrollment portal for Banten. " +
        "Amounts are whole rupiah (integers). Version 1 changes only by addition.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas,
      ...(secured
        ? {
            securitySchemes: {
              [API_KEY_SECURITY_SCHEME]: {
                type: "http",
                scheme: "bearer",
                bearerFormat: "lk_<prefix>_<secret>",
                description:
                  "An API key issued to a bank system for one BJB branch: `Authorization: Bearer lk_…`. " +
                  "It acts only on that branch's companies.",
              },
              ...(sessions
                ? {
                    [STAFF_SESSION_SECURITY_SCHEME]: {
                      type: "apiKey",
                      in: "cookie",
                      name: "next-auth.session-token",
                      description:
                        "The portal's session cookie of a signed-in BPJS_STAFF or ADMIN user (`__Secure-next-auth.session-token` " +
                        "over HTTPS). Staff with a regional scope see only their regency.",
                    },
                  }
                : {}),
            },
          }
        : {}),
    },
  };
}
