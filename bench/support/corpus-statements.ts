import { randomUUID } from "node:crypto";
import type pg from "pg";
import { seededRandom } from "./export-vocabulary.ts";
import type { CorpusText } from "./corpus-text.ts";
import * as V from "./corpus-vocabulary.ts";

/** Statements per transaction: about 3,000 paragraphs, 1 MB of text. */
const CHUNK = 50;

export interface StatementsLoaded {
  paragraphs: number;
  words: number;
  /** Per word (lower case, as written), how many paragraphs hold it: where to look for words of a given frequency. */
  paragraphsWith: Map<string, number>;
}

interface Setting {
  workspaceId: string;
  authorId: string;
  text: CorpusText;
  statements: number;
}

/**
 * The corpus's statements, each with one revision and its paragraphs (30–90 of 30–70 words: 60 of 50 on average), by
 * two connections at once (the paragraphs' trigger computing their search vectors is most of the work, and there are
 * two CPUs). Statement `i` is the same on every load: its text, delegation, forum, date and language come from seed i.
 */
export async function loadStatements(clients: readonly pg.Client[], setting: Setting): Promise<StatementsLoaded> {
  const loaded: StatementsLoaded = { paragraphs: 0, words: 0, paragraphsWith: new Map() };
  let next = 0;
  const worker = async (client: pg.Client) => {
    while (next < setting.statements) {
      const from = next;
      next = Math.min(setting.statements, next + CHUNK);
      await loadChunk(client, setting, from, next, loaded);
    }
  };
  await Promise.all(clients.map(worker));
  return loaded;
}

async function loadChunk(client: pg.Client, setting: Setting, from: number, to: number, loaded: StatementsLoaded): Promise<void> {
  const st: Record<string, unknown[]> = {
    id: [],
    revision: [],
    slug: [],
    title: [],
    delegation: [],
    onBehalf: [],
    forum: [],
    date: [],
    language: [],
    next: [],
    source: [],
  };
  const par: { statement: string[]; revision: string[]; n: number[]; text: string[] } = { statement: [], revision: [], n: [], text: [] };
  for (let i = from; i < to; i++) {
    const random = seededRandom(1_000 + i);
    const state = random.chance(0.85);
    const delegation = state ? random.pick(V.STATES) : random.pick(V.GROUPS);
    const forum = random.pick(V.FORUMS);
    const day = Math.floor(random.next() * V.YEARS * 365);
    const date = new Date(Date.UTC(V.FIRST_YEAR, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const id = randomUUID();
    const revision = randomUUID();
    const texts = Array.from({ length: 30 + Math.floor(random.next() * 61) }, () =>
      setting.text.paragraph(random, 30 + Math.floor(random.next() * 41)),
    );
    for (const [k, v] of Object.entries({
      id,
      revision,
      slug: `${date}-${forum.toLowerCase().replace(/\W+/g, "-")}-${delegation.toLowerCase().replace(/\W+/g, "-")}-${i}`,
      title: `Statement by ${delegation} at the ${forum}`,
      delegation,
      onBehalf: state && random.chance(0.15) ? random.pick(V.GROUPS) : null,
      forum,
      date,
      language: V.language(random),
      next: texts.length + 1,
      source: texts.join("\n\n"),
    }))
      st[k]!.push(v);
    texts.forEach((text, n) => {
      par.statement.push(id);
      par.revision.push(revision);
      par.n.push(n + 1);
      par.text.push(text);
      const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? [];
      loaded.words += words.length;
      for (const w of new Set(words)) loaded.paragraphsWith.set(w, (loaded.paragraphsWith.get(w) ?? 0) + 1);
    });
    loaded.paragraphs += texts.length;
  }
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO statements (id, workspace_id, slug, title, delegation, on_behalf_of, forum, date, language, next_paragraph_id,
       next_heading_id, created_by, updated_at)
     SELECT t.id, $1, t.slug, t.title, t.delegation, t.on_behalf_of, t.forum, t.date, t.language, t.next, 1, $2, now()
     FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])
       AS t(id, slug, title, delegation, on_behalf_of, forum, date, language, next)`,
    [setting.workspaceId, setting.authorId, st.id, st.slug, st.title, st.delegation, st.onBehalf, st.forum, st.date, st.language, st.next],
  );
  await client.query(
    `INSERT INTO revisions (id, statement_id, number, format, source, import_report, created_by)
     SELECT t.id, t.statement_id, 1, 'text', t.source, '{}', $1 FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(id, statement_id, source)`,
    [setting.authorId, st.revision, st.id, st.source],
  );
  await client.query(
    `INSERT INTO paragraphs (id, statement_id, revision_id, canonical_id, kind, position, number, text)
     SELECT gen_random_uuid(), t.statement_id, t.revision_id, 'p' || t.n, 'paragraph', t.n - 1, t.n, t.text
     FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[]) AS t(statement_id, revision_id, n, text)`,
    [par.statement, par.revision, par.n, par.text],
  );
  await client.query("COMMIT");
}
