import type { AnnotationKind, CodeRef } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { statusOfCodeMadeWhileTagging } from "./codebook-policy.ts";
import { namedCodes } from "./codes-named-by.ts";
import { distinctCodes, resolveEachCode } from "./resolve-codes-sql.ts";

type Named = { kind: AnnotationKind; attributes: Readonly<Record<string, unknown>>; labels: readonly string[] };

/** codesNamedBy for many annotations at once (an import): one round trip for every name they give. */
export async function codesOfMany(
  db: DbOrTx,
  actor: Pick<Actor, "workspaceId" | "userId" | "role">,
  items: readonly Named[],
): Promise<CodeRef[][]> {
  const perItem = items.map(namedCodes);
  const unique = new Map(perItem.flat().map((n) => [`${n.type}\n${n.name}`, n]));
  const names = [...unique.values()];
  const resolved = await resolveEachCode(db, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    status: statusOfCodeMadeWhileTagging(actor),
    names,
  });
  const byName = new Map(names.map((n, i) => [`${n.type}\n${n.name}`, resolved[i]]));
  return perItem.map((named) => distinctCodes(named.map((n) => byName.get(`${n.type}\n${n.name}`))));
}
