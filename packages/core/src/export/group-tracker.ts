import type { ExportItem } from "./export-item.ts";

/** Which groups an item opens, given the item before it. */
export interface GroupChange {
  /** The item is the first of the export. */
  first: boolean;
  /** The item starts a new statement (always true for the first). */
  statement: boolean;
  /** The item starts a new kind within its statement (true whenever `statement` is). */
  kind: boolean;
}

/**
 * Follows the current statement and kind of items arriving in export order, so a writer emits headings
 * when a group changes while holding nothing but the two keys.
 */
export function createGroupTracker(): (item: ExportItem) => GroupChange {
  let statementId: string | null = null;
  let kind: string | null = null;
  return (item) => {
    const first = statementId === null;
    const newStatement = item.statement.id !== statementId;
    const newKind = newStatement || item.annotation.kind !== kind;
    statementId = item.statement.id;
    kind = item.annotation.kind;
    return { first, statement: newStatement, kind: newKind };
  };
}
