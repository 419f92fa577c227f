import type { CodeStatus, CodeType } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { canCreateCodes, canGovernCodebook } from "./codebook-policy.ts";
import { readCodes } from "./codes-sql.ts";
import { presentCode } from "./present-code.ts";

export async function listCodes(
  db: Db,
  opts: { actor: Actor; type?: CodeType | undefined; status?: CodeStatus | undefined; q?: string | undefined },
) {
  const rows = await readCodes(db, { workspaceId: opts.actor.workspaceId, type: opts.type, status: opts.status, typed: opts.q });
  return { items: rows.map(presentCode), can: { create: canCreateCodes(opts.actor), govern: canGovernCodebook(opts.actor) } };
}
