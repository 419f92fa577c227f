import type { Code } from "@verbatim/contract";
import type { CodeWithUses } from "./codes-sql.ts";

export const presentCode = (c: CodeWithUses): Code => ({
  id: c.id,
  type: c.type,
  name: c.name,
  parentId: c.parentId,
  definition: c.definition,
  guidance: { use: c.guidanceUse, avoid: c.guidanceAvoid },
  colour: c.colour,
  status: c.status,
  version: c.version,
  uses: c.uses,
  createdBy: c.createdById && c.createdByName !== null ? { id: c.createdById, name: c.createdByName } : null,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  match: c.match,
});
