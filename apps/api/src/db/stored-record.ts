import { z } from "zod";
/**
 * Records the database keeps as JSON beside the rows (event payloads, idempotent answers) carry `schema`, the
 * version of their shape. Records from before versions have none and count as version 1. A reader takes every
 * version up to the newest it knows, and refuses a newer one (written by an instance already updated).
 */
export function isStoredRecordOf(stored: unknown, newest: number): stored is Record<string, unknown> {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return false;
  const schema = (stored as { schema?: unknown }).schema ?? 1;
  return typeof schema === "number" && Number.isInteger(schema) && schema >= 1 && schema <= newest;
}

/** A stored record parsed by `schema` when its version is one this code knows (see isStoredRecordOf); else null. */
export function readStoredRecord<T>(stored: unknown, newest: number, schema: z.ZodType<T>): T | null {
  if (!isStoredRecordOf(stored, newest)) return null;
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** A person as records keep them: their ID and their name at the time. */
export const StoredPerson = z.object({ id: z.string(), name: z.string() });
