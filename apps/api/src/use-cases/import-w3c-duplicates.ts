import type { Db } from "../db/database.ts";
import { isUuid } from "./is-uuid.ts";

/** The UUID of an annotation IRI (…/api/annotations/UUID), as a Verbatim export writes it. */
function annotationUuid(iri: string): string | null {
  const id = /\/api\/annotations\/([^/?#]+)$/.exec(iri)?.[1];
  return id !== undefined && isUuid(id) ? id.toLowerCase() : null;
}

/**
 * The annotation IRIs this workspace already holds: imported before (recorded as their source ID), or
 * its own annotations exported and sent back. A workspace's own annotations are recognised by their
 * UUID whichever host name exported them; a deleted one counts too, since it can be restored.
 */
export async function alreadyImported(db: Db, workspaceId: string, iris: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(iris)];
  if (unique.length === 0) return new Set();
  const uuids = [...new Set(unique.map(annotationUuid).filter((id): id is string => id !== null))];
  const [imported, own] = await Promise.all([
    db.annotation.findMany({ where: { workspaceId, sourceId: { in: unique } }, select: { sourceId: true } }),
    uuids.length === 0 ? [] : db.annotation.findMany({ where: { workspaceId, id: { in: uuids } }, select: { id: true } }),
  ]);
  const ownIds = new Set(own.map((a) => a.id));
  const found = new Set(imported.flatMap((a) => (a.sourceId === null ? [] : [a.sourceId])));
  for (const iri of unique) if (ownIds.has(annotationUuid(iri) ?? "")) found.add(iri);
  return found;
}
