/** The SQLSTATE the annotations_on_current_revision trigger raises (see its migration). */
const REVISION_CHANGED_SQLSTATE = "VB409";

/**
 * Whether the database refused an annotation write because it was prepared against a revision that is no longer the
 * statement's current one. Prisma wraps pg's error (`meta.driverAdapterError.cause` with `originalCode`, `code`), and
 * errors carry others as `cause`: all of them are looked through, as isDatabaseUnavailable does.
 */
export function isRevisionChanged(err: unknown, depth = 0): boolean {
  if (typeof err !== "object" || err === null || depth > 4) return false;
  const e = err as Record<string, unknown>;
  if ([e.code, e.originalCode].includes(REVISION_CHANGED_SQLSTATE)) return true;
  if (typeof e.message === "string" && e.message.includes("revision_changed:")) return true;
  return [e.cause, e.meta, e.driverAdapterError].some((inner) => isRevisionChanged(inner, depth + 1));
}
