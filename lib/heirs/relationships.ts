// Who an heir is to the participant: one list for the form, the schema and the database enum.
import type { HeirRelationship } from "../db/generated/enums";

export const HEIR_RELATIONSHIPS = ["SPOUSE", "CHILD", "PARENT", "SIBLING", "OTHER"] as const satisfies readonly HeirRelationship[];
