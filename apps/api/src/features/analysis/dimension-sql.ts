import type { AnalysisDimension } from "@verbatim/contract";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * A dimension of the matrix and of passages' groups as SQL over annotation `a` and statement `s` (issue 17): its
 * value's key (the filter value that selects it) and, for codes, the join that brings the values. Topics and labels
 * are the only dimensions an annotation can have several values of; every other is one value or none.
 */
export interface DimensionSql {
  /** Joins (inner, or left for a breakdown that may be missing) that bring the value; empty for a column of a or s. */
  join: Prisma.Sql;
  key: Prisma.Sql;
  /** An annotation may have several values (its topics, its labels). */
  multiValued: boolean;
}

const COLUMN_KEYS: Record<Exclude<AnalysisDimension, "topic" | "label">, string> = {
  delegation: "s.delegation",
  onBehalfOf: "s.on_behalf_of",
  forum: "s.forum",
  // Statement dates are ISO text (yyyy-mm-dd).
  year: "left(s.date, 4)",
  month: "left(s.date, 7)",
  kind: "a.kind::text",
  stance: "a.attributes->>'stance'",
  strength: "a.attributes->>'strength'",
  // A cross-reference's target, as the search's instrument facet counts it.
  instrument: "CASE WHEN a.kind = 'cross-reference' THEN a.attributes->>'target' END",
};

/**
 * Dimension `dimension` under alias `alias` (so that rows, columns and the breakdown can each join codes). `optional`:
 * an annotation without a value is kept, with a null key.
 */
export function dimensionSql(dimension: AnalysisDimension, alias: string, optional: boolean): DimensionSql {
  if (dimension === "topic" || dimension === "label") {
    const codeUse = Prisma.raw(`${alias}_use`);
    const code = Prisma.raw(`${alias}_code`);
    const join = optional
      ? Prisma.sql`LEFT JOIN (annotation_codes ${codeUse} JOIN codes ${code} ON ${code}.id = ${codeUse}.code_id AND ${code}.type = ${dimension}::"CodeType")
          ON ${codeUse}.annotation_id = a.id`
      : Prisma.sql`JOIN annotation_codes ${codeUse} ON ${codeUse}.annotation_id = a.id
          JOIN codes ${code} ON ${code}.id = ${codeUse}.code_id AND ${code}.type = ${dimension}::"CodeType"`;
    return { join, key: Prisma.sql`${code}.name`, multiValued: true };
  }
  return { join: Prisma.empty, key: Prisma.raw(COLUMN_KEYS[dimension]), multiValued: false };
}

/** What to show for a value: an instrument's name where the workspace's registry has it, else the key itself. */
export function labelSql(dimension: AnalysisDimension, workspaceId: string, key: Prisma.Sql): Prisma.Sql {
  if (dimension !== "instrument") return key;
  return Prisma.sql`coalesce((SELECT i.name FROM instruments i WHERE i.workspace_id = ${workspaceId}::uuid AND i.key = ${key}), ${key})`;
}
