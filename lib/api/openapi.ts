// The OpenAPI 3.1 document for /api/v1, generated from the zod schemas the
// routes validate with (z.toJSONSchema), so the document cannot drift from the
// code. Endpoints are listed in ./operations.ts; this file only converts.
import { z } from "zod";
import { apiErrorSchema } from "./errors";

type JsonSchema = Record<string, unknown>;

/** A query schema: one object, or a discriminated union of objects (one per category, say). */
type QuerySchema = z.ZodObject | z.ZodDiscriminatedUnion<z.ZodObject[]>;

export type ApiOperation = {
  method: "get";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: QuerySchema;
  success: {
    description: string;
    /** Name under components/schemas; two operations may share one only with the same schema. */
    schemaName: string;
    schema: z.ZodType;
    cacheControl?: string;
  };
};

const API_ERROR_SCHEMA_NAME = "ApiError";

function jsonSchemaOf(schema: z.ZodType, role: "parameter" | "response"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: "output",
    // v1 only ever adds response properties (docs/api.md), so the document
    // must not tell clients to reject properties they do not know yet.
    override: ({ jsonSchema }) => {
      if (role === "response" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
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
    // A list in any category is one comma-separated value (lib/api/query.ts).
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

export function buildOpenApiDocument(operations: readonly ApiOperation[]) {
  const schemas: Record<string, JsonSchema> = { [API_ERROR_SCHEMA_NAME]: jsonSchemaOf(apiErrorSchema, "response") };
  const paths: Record<string, Record<string, JsonSchema>> = {};

  for (const operation of operations) {
    const { schemaName, schema, description, cacheControl } = operation.success;
    const component = jsonSchemaOf(schema, "response");
    if (schemas[schemaName] && JSON.stringify(schemas[schemaName]) !== JSON.stringify(component)) {
      throw new Error(`Two different schemas are both named ${schemaName} in the OpenAPI document`);
    }
    schemas[schemaName] = component;

    paths[operation.path] ??= {};
    if (paths[operation.path][operation.method]) {
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} is listed twice`);
    }
    paths[operation.path][operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: operation.tags,
      parameters: operation.query ? queryParameters(operation.query) : [],
      responses: {
        "200": {
          description,
          ...(cacheControl
            ? { headers: { "Cache-Control": { schema: { type: "string", const: cacheControl } } } }
            : {}),
          content: { "application/json": { schema: ref(schemaName) } },
        },
        "400": {
          description: "Invalid request: see `fields` for the parameters at fault.",
          headers: { "Cache-Control": { schema: { type: "string", const: "no-store" } } },
          content: { "application/json": { schema: ref(API_ERROR_SCHEMA_NAME) } },
        },
      },
    };
  }

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
    components: { schemas },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
