import { anyErrorLayer } from "./error-layers.ts";

/** The SQLSTATE the annotations_on_current_revision trigger raises (see its migration). */
const REVISION_CHANGED_SQLSTATE = "VB409";

/**
 * Whether the database refused an annotation write because it was prepared against a revision that is no longer the
 * statement's current one, in the error or any it wraps.
 */
export function isRevisionChanged(err: unknown): boolean {
  return anyErrorLayer(
    err,
    (e) =>
      [e.code, e.originalCode].includes(REVISION_CHANGED_SQLSTATE) ||
      (typeof e.message === "string" && e.message.includes("revision_changed:")),
  );
}
