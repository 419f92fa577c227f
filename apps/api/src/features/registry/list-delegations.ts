import type { DelegationRegistry } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { presentDelegation } from "./present-delegation.ts";
import { canAddToRegistry } from "./registry-policy.ts";
import { workspaceRegistry } from "./workspace-registry.ts";

/** The workspace's registry, built-in entries first (States, then groups), then the workspace's own. */
export async function listDelegations(db: DbOrTx, opts: { actor: Actor }): Promise<DelegationRegistry> {
  const registry = await workspaceRegistry(db, opts.actor.workspaceId);
  return { items: registry.entries.map(presentDelegation), can: { add: canAddToRegistry(opts.actor) } };
}
