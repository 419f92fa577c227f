import pg from "pg";
import { SearchQuery } from "@verbatim/contract";
import { parseSearchQuery } from "../../apps/api/src/features/search/parse-search-query.ts";
import { hitsSql, type SearchPlan } from "../../apps/api/src/features/search/search-sql.ts";
import { parsesAlikeSql } from "../../apps/api/src/features/search/search-where-sql.ts";
import type { CorpusLoad } from "./corpus-load.ts";

/** The search's plan for a query string's parameters, as GET /api/search makes it (search.ts). */
export async function planOf(
  db: Pick<pg.ClientBase, "query">,
  workspaceId: string,
  params: Record<string, string | string[]>,
): Promise<SearchPlan> {
  const query = SearchQuery.parse(params);
  const parsed = parseSearchQuery(query.q ?? "");
  let alike = true;
  if (parsed.text !== "") {
    const sql = parsesAlikeSql(parsed.text);
    alike = (await db.query<{ alike: boolean }>(sql.text, sql.values)).rows[0]?.alike === true;
  }
  return { workspaceId, type: query.type, parsed, filters: query, alike };
}

export interface PickedWord {
  /** The share of paragraphs asked for, and the word whose share is nearest. */
  target: number;
  word: string;
  hits: number;
  fraction: number;
}
export interface PickedWords {
  bands: PickedWord[];
  /** The word in the most paragraphs (stop words find nothing, so they are not it). */
  commonest: PickedWord;
}

const BANDS = [0.001, 0.01, 0.1];
/** Candidates checked against the index per band: counted as written, a word's stem may gather other forms. */
const CANDIDATES = 8;

/** The words of the bands, counted as the search counts them (every paragraph of a current text that matches). */
export async function pickWords(url: string, load: CorpusLoad): Promise<PickedWords> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const hitsOf = async (word: string): Promise<PickedWord> => {
      const q = hitsSql(await planOf(sql, load.workspaceId, { q: word }));
      const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${q.text}) h`, q.values);
      return { target: 0, word, hits: rows[0]!.n, fraction: rows[0]!.n / load.paragraphs };
    };
    const nearest = async (target: number): Promise<PickedWord> => {
      const distance = (f: number) => Math.abs(Math.log(Math.max(f, 1e-9) / target));
      const candidates = [...load.wordCounts].sort((a, b) => distance(a[1] / load.paragraphs) - distance(b[1] / load.paragraphs));
      const checked: PickedWord[] = [];
      for (const [word] of candidates.slice(0, CANDIDATES)) checked.push(await hitsOf(word));
      const best = checked.sort((a, b) => distance(a.fraction) - distance(b.fraction))[0]!;
      return { ...best, target };
    };
    const bands: PickedWord[] = [];
    for (const target of BANDS) bands.push(await nearest(target));
    const common: PickedWord[] = [];
    for (const [word] of [...load.wordCounts].sort((a, b) => b[1] - a[1]).slice(0, 12)) common.push(await hitsOf(word));
    const commonest = common.sort((a, b) => b.hits - a.hits)[0]!;
    return { bands, commonest: { ...commonest, target: 1 } };
  } finally {
    await sql.end();
  }
}
