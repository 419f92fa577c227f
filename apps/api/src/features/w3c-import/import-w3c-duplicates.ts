import { Uuid } from "@verbatim/contract";
import type { ParsedW3cAnnotation } from "@verbatim/core";
import type { Db } from "../../db/database.ts";

/** An annotation ID is recorded as its source ID, under a unique index that holds only so much text. */
export const MAX_SOURCE_ID = 2000;

type Identified = Pick<ParsedW3cAnnotation, "id" | "via">;

/**
 * The IRI an imported annotation is recorded under: the one it was first copied from (the `via` that a
 * Verbatim export writes for an imported annotation), else its own. So an annotation that goes from
 * workspace A to B and back to A is A's own again, and one that reaches C both from A and through B is one.
 */
export function sourceIriOf(p: Identified): string | null {
  return p.via.find((iri) => iri.length <= MAX_SOURCE_ID) ?? p.id;
}

/** The IRIs under which an annotation may already be here: its own and those it was copied from. */
export const irisOf = (p: Identified): string[] => (p.id === null ? p.via : [p.id, ...p.via]);

/** The UUID of an annotation IRI (…/api/annotations/UUID), as a Verbatim export writes it. */
function annotationUuid(iri: string): string | null {
  const id = /\/api\/annotations\/([^/?#]+)$/.exec(iri)?.[1];
  return id !== undefined && Uuid.safeParse(id).success ? id.toLowerCase() : null;
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
