import type { CodeStatus, CodeType } from "@verbatim/core";

/** A code's columns, as codes-sql.ts reads them and an undo keeps them. */
export interface CodeRow {
  id: string;
  type: CodeType;
  name: string;
  parentId: string | null;
  definition: string | null;
  guidanceUse: string | null;
  guidanceAvoid: string | null;
  colour: string | null;
  status: CodeStatus;
  version: number;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
}

/** CodeRow's columns from codes `c`, as a JSON object (the shape an undo stores). */
export const CODE_ROW_JSON = `json_build_object('id', c.id, 'type', c.type, 'name', c.name, 'parentId', c.parent_id,
  'definition', c.definition, 'guidanceUse', c.guidance_use, 'guidanceAvoid', c.guidance_avoid, 'colour', c.colour,
  'status', c.status, 'version', c.version, 'createdById', c.created_by_id,
  'createdAt', to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'updatedAt', to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
