/** Narrowing helpers for reading JSON-LD written by any tool. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON-LD lets most keys hold one value or an array of them. */
export const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const stringsOf = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === "string");

export const stringOf = (v: unknown): string | null => stringsOf(v)[0] ?? null;

/** A resource given either as an IRI or as an object with an id. */
export const iriOf = (v: unknown): string | null => (typeof v === "string" ? v : isRecord(v) ? stringOf(v.id) : null);
