import type { StatementAbilities } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { statementAbilities } from "./statement-policy.ts";
import { statementOwnership } from "./statement-ownership-sql.ts";

/** What the viewer may do with each of these statements, by ID (one query for all of them). */
export async function abilitiesOf(db: DbOrTx, viewer: Viewer, statementIds: readonly string[]): Promise<Map<string, StatementAbilities>> {
  const ownership = await statementOwnership(db, statementIds);
  return new Map([...ownership].map(([id, owned]) => [id, statementAbilities(viewer, owned)]));
}

/** A presented statement (or summary) with what the viewer may do with it, as every route sends it. */
export async function withAbilities<S extends { id: string }>(
  db: DbOrTx,
  viewer: Viewer,
  statement: S,
): Promise<S & { can: StatementAbilities }> {
  const [withCan] = await withAbilitiesAll(db, viewer, [statement]);
  return withCan!;
}

/** withAbilities for a list, in one query. */
export async function withAbilitiesAll<S extends { id: string }>(
  db: DbOrTx,
  viewer: Viewer,
  statements: readonly S[],
): Promise<(S & { can: StatementAbilities })[]> {
  const can = await abilitiesOf(
    db,
    viewer,
    statements.map((s) => s.id),
  );
  return statements.map((s) => ({ ...s, can: can.get(s.id)! }));
}
