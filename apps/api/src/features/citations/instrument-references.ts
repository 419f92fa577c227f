import type { InstrumentReferences } from "@verbatim/contract";
import { isUnDocumentSymbol } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../http/app-error.ts";
import { presentInstrument } from "../vocabulary/instrument.ts";
import { citingReferences } from "./citing-references-sql.ts";
import { presentCiting } from "./present-citing.ts";

/**
 * Who cites `key` across the workspace's statements: a registry instrument, or a UN document symbol cited as such.
 * Anything else is not found, so the page's address names something citable.
 */
export async function instrumentReferences(db: Db, opts: { actor: Actor; key: string }): Promise<InstrumentReferences> {
  const { actor, key } = opts;
  const row = await assertCitable(db, actor.workspaceId, key);
  const rows = await citingReferences(db, { workspaceId: actor.workspaceId, targets: [key] });
  return { key, instrument: row ? presentInstrument(row) : null, items: rows.map(presentCiting) };
}

/** The registry's instrument `key`, or null for a UN document symbol; anything else is not found. */
export async function assertCitable(db: Db, workspaceId: string, key: string) {
  const row = await db.instrument.findUnique({ where: { workspaceId_key: { workspaceId, key } } });
  if (!row && !isUnDocumentSymbol(key)) throw notFound("instrument");
  return row;
}
