import type { CodeRef, CodeType } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";

export interface NamedCode {
  type: CodeType;
  name: string;
}

interface ResolveOptions {
  workspaceId: string;
  actorId: string;
  /** The status a code gets when this makes it. */
  status: "new" | "active";
  names: readonly NamedCode[];
}

type Row = { ord: bigint; id: string | null; name: string | null; type: CodeType };

/**
 * The codes these names stand for, in the order given (a name repeated, or spelled another way, counts once):
 * each is found by the codebook's key (SQL `code_key`: case, spaces, hyphens and punctuation aside), so
 * "Cybercrime" finds the code "cybercrime"; a name no code has becomes a code, with its history entry. One
 * statement; a code another transaction makes meanwhile is found on a second pass.
 */
export async function resolveCodes(db: DbOrTx, opts: ResolveOptions): Promise<CodeRef[]> {
  return distinctCodes(await resolveEachCode(db, opts));
}

/** resolveCodes, one answer per name given (null only if the code vanished meanwhile, which a retry settles). */
export async function resolveEachCode(db: DbOrTx, opts: ResolveOptions): Promise<(CodeRef | null)[]> {
  if (opts.names.length === 0) return [];
  for (let pass = 0; ; pass++) {
    const rows = await resolvePass(db, opts);
    if (rows.every((r) => r.id !== null) || pass === 2) {
      return rows.map((r) => (r.id === null || r.name === null ? null : { id: r.id, name: r.name, type: r.type }));
    }
  }
}

/** Each code once, in the order first given. */
export function distinctCodes(codes: readonly (CodeRef | null | undefined)[]): CodeRef[] {
  const seen = new Set<string>();
  const out: CodeRef[] = [];
  for (const c of codes) {
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(c);
  }
  return out;
}

function resolvePass(db: DbOrTx, o: ResolveOptions): Promise<Row[]> {
  const types = o.names.map((n) => n.type);
  const names = o.names.map((n) => n.name);
  return db.$queryRaw<Row[]>`
    WITH wanted AS (
      SELECT w.type, w.name, code_key(w.name) AS key, w.ord
      FROM unnest(${types}::"CodeType"[], ${names}::text[]) WITH ORDINALITY AS w(type, name, ord)
    ),
    inserted AS (
      INSERT INTO codes (id, workspace_id, type, name, key, status, created_by_id, updated_at)
      SELECT DISTINCT ON (type, key) gen_random_uuid(), ${o.workspaceId}::uuid, type, name, key,
             ${o.status}::"CodeStatus", ${o.actorId}::uuid, now()
      FROM wanted ORDER BY type, key, ord
      ON CONFLICT (workspace_id, type, key) DO NOTHING
      RETURNING id, type, name, key
    ),
    history AS (
      INSERT INTO code_changes (id, workspace_id, code_id, action, actor_id, after)
      SELECT gen_random_uuid(), ${o.workspaceId}::uuid, i.id, 'created', ${o.actorId}::uuid,
             jsonb_build_object('name', i.name, 'type', i.type, 'status', ${o.status}::text, 'whileTagging', true)
      FROM inserted i
    )
    SELECT w.ord, coalesce(i.id, c.id) AS id, coalesce(i.name, c.name) AS name, w.type::text AS type
    FROM wanted w
    LEFT JOIN inserted i ON i.type = w.type AND i.key = w.key
    LEFT JOIN codes c ON c.workspace_id = ${o.workspaceId}::uuid AND c.type = w.type AND c.key = w.key
    ORDER BY w.ord`;
}
