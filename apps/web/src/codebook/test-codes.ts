import type { Code } from "../queries/codebook-query.ts";

let n = 0;
/** Test support: a code as the API sends it, with a fresh ID unless given. */
export function makeCode(fields: Partial<Code> & { name: string }): Code {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  return {
    id,
    type: "topic",
    parentId: null,
    definition: null,
    guidance: { use: null, avoid: null },
    colour: null,
    status: "active",
    version: 1,
    uses: 0,
    createdBy: null,
    createdAt: "2026-12-01T10:00:00.000Z",
    updatedAt: "2026-12-01T10:00:00.000Z",
    match: null,
    ...fields,
  };
}
