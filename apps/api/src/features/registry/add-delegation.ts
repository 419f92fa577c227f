import type { AddDelegationEntryRequest, DelegationEntry } from "@verbatim/contract";
import type { RegistryEntry } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { appendDelegationAliases, insertDelegationEntry, lockWorkspaceRegistry } from "./delegation-entries-sql.ts";
import { presentDelegation } from "./present-delegation.ts";
import { checkCodes, checkNames } from "./registry-conflicts.ts";
import { canAddToRegistry } from "./registry-policy.ts";
import { workspaceRegistry } from "./workspace-registry.ts";

/** A key from a name: its letters and digits, upper-case, words joined by hyphens ("Friends of X" → FRIENDS-OF-X). */
export function keyOfName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
}

/**
 * Adds an entry of the workspace's own, or aliases to an entry the registry has (a built-in one, or the
 * workspace's). Every name must be new to the registry (409 conflict naming the entry that has it). Adds are
 * serialised per workspace, so the check and the write see the same registry.
 */
export async function addDelegation(db: Db, opts: { actor: Actor; input: AddDelegationEntryRequest }): Promise<DelegationEntry> {
  const { actor, input } = opts;
  if (!canAddToRegistry(actor)) throw forbidden();
  const workspaceId = actor.workspaceId;
  const key = await db.$transaction(async (tx) => {
    await lockWorkspaceRegistry(tx, workspaceId);
    const { entries, rows } = await workspaceRegistry(tx, workspaceId);
    if (input.extends !== undefined) {
      const target = entries.find((entry) => entry.key === input.extends);
      if (!target) throw notFound(`registry entry ${input.extends}`);
      const aliases = checkNames(entries, input.aliases ?? [], target);
      if (aliases.length === 0) return target.key;
      if (rows.has(target.key)) await appendDelegationAliases(tx, { workspaceId, key: target.key, aliases });
      else {
        const { key, name, kind } = target;
        await insertDelegationEntry(tx, {
          workspaceId,
          key,
          name,
          kind,
          iso2: null,
          iso3: null,
          aliases,
          members: [],
          extends: key,
          createdById: actor.userId,
        });
      }
      return target.key;
    }
    // The request schema requires both without extends.
    const name = input.name!;
    const kind = input.kind!;
    const key = input.key ?? keyOfName(name);
    if (key === "") throw new AppError("validation_failed", "the name makes no key: send one (letters, digits and hyphens)");
    const entry: RegistryEntry = { key, name, kind, aliases: [], ...codes(input) };
    checkCodes(entries, entry);
    // The name first: an alias that only repeats it (another spelling of the same key) is left out.
    const [, ...aliases] = checkNames(entries, [name, ...(input.aliases ?? [])], null);
    const members = [...new Set(input.members ?? [])];
    const unknown = members.filter((member) => !entries.some((e) => e.key === member));
    if (unknown.length > 0) throw new AppError("validation_failed", `members not in the registry: ${unknown.join(", ")}`);
    await insertDelegationEntry(tx, {
      workspaceId,
      key,
      name,
      kind,
      iso2: input.iso2 ?? null,
      iso3: input.iso3 ?? null,
      aliases,
      members,
      extends: null,
      createdById: actor.userId,
    });
    return key;
  });
  const { entries } = await workspaceRegistry(db, workspaceId);
  return presentDelegation(entries.find((entry) => entry.key === key)!);
}

const codes = (input: { iso2?: string | undefined; iso3?: string | undefined }) => ({
  ...(input.iso2 ? { iso2: input.iso2 } : {}),
  ...(input.iso3 ? { iso3: input.iso3 } : {}),
});
