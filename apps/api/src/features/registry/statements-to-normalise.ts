import type { StatementsToNormalise } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { forbidden } from "../../http/app-error.ts";
import { normaliseSpeakersIn } from "./normalise-speakers.ts";
import { canAddToRegistry } from "./registry-policy.ts";
import { workspaceRegistry } from "./workspace-registry.ts";

export type ToNormalise = StatementsToNormalise["items"][number] & { version: number };

const change = (from: string | null, to: string | null | undefined) => (from && to && from !== to ? { from, to } : null);

/**
 * The workspace's live statements whose speakers the registry names otherwise, by the one rule that import and
 * metadata edits follow (normaliseSpeakersIn). Admins, who keep the registry, decide when stored ones follow it.
 */
export async function statementsToNormalise(db: DbOrTx, actor: Actor): Promise<ToNormalise[]> {
  if (!canAddToRegistry(actor)) throw forbidden("admins keep the registry");
  const statements = await db.statement.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null, OR: [{ delegation: { not: null } }, { onBehalfOf: { not: null } }] },
    select: { id: true, slug: true, title: true, version: true, delegation: true, onBehalfOf: true },
    orderBy: [{ date: "asc" }, { slug: "asc" }],
  });
  if (statements.length === 0) return [];
  const { entries } = await workspaceRegistry(db, actor.workspaceId);
  return statements.flatMap((s) => {
    const named = normaliseSpeakersIn(entries, { delegation: s.delegation, onBehalfOf: s.onBehalfOf });
    const delegation = change(s.delegation, named.delegation);
    const onBehalfOf = change(s.onBehalfOf, named.onBehalfOf);
    return delegation || onBehalfOf ? [{ id: s.id, slug: s.slug, title: s.title, version: s.version, delegation, onBehalfOf }] : [];
  });
}
