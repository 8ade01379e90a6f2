import Ajv2020 from "ajv/dist/2020";
import { API_V1_DOCUMENT } from "../../lib/openapi/operations";

/** Problems of `value` against the schema at a JSON pointer inside an OpenAPI document (ajv, JSON Schema 2020-12). */
export function schemaViolations(pointer: string, value: unknown, document: unknown = API_V1_DOCUMENT): string[] {
  const ajv = new Ajv2020({ strict: false });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T/);
  ajv.addSchema(JSON.parse(JSON.stringify(document)), "openapi");
  const validate = ajv.compile({ $ref: `openapi#${pointer}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** JSON pointers to an operation's request and response schemas: operationPointers("/api/v1/enrollments", "post"). */
export function operationPointers(path: string, method: string) {
  const operation = `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}`;
  return {
    request: `${operation}/requestBody/content/application~1json/schema`,
    response: (status: number) => `${operation}/responses/${status}/content/application~1json/schema`,
  };
}
