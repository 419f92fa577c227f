import { HISTORY_FIELDS, type HistoryField } from "@verbatim/contract";

export interface FieldChange {
  field: HistoryField;
  before: unknown;
  after: unknown;
}

type Snapshot = Record<string, unknown> | null;

/** JSON with sorted keys: jsonb stores keys in its own order, so two equal objects may not stringify alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/**
 * The fields that differ between two snapshots of an annotation (annotation-snapshot.ts), in a fixed order.
 * A creation (no before) lists the fields it set; a deletion (no after) lists nothing, since nothing was changed,
 * only hidden. Missing values read as null, and an empty list is the same as none.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  if (after === null) return [];
  return HISTORY_FIELDS.flatMap((field) => {
    const b = before?.[field];
    const a = after[field];
    if (isEmpty(a) && isEmpty(b)) return [];
    if (canonical(a) === canonical(b)) return [];
    return [{ field, before: b ?? null, after: a ?? null }];
  });
}
