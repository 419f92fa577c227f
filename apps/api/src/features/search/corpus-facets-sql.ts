import type { SearchFacet } from "@verbatim/contract";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { SearchPlan } from "./search-sql.ts";
import { annotationFilters, allOf, STATEMENT_FACET_COLUMNS, statementFilters } from "./search-where-sql.ts";

/**
 * The facets of a search without words (issue 17): every paragraph of the statements the filters select. Counted from
 * the annotations, that is a distinct count over each live annotation for every facet; here it is a sum over the
 * statements' own counts, which the database keeps in statement_facets (migration 20261206050000_statement_facets).
 * A statement marked stale there is counted from its annotations by verbatim_statement_facet_rows(), the definition
 * the kept counts come from, in the same snapshot: the answer never waits for the refresh and is never behind.
 */

/**
 * Whether a search's facets can be summed from the statements' counts: paragraphs, no words or symbol terms, and only
 * statement filters (an annotation filter makes the paragraphs counted depend on more than their statement).
 */
export function countsByStatement(plan: SearchPlan): boolean {
  return (
    plan.type === "paragraphs" &&
    plan.parsed.text === "" &&
    plan.parsed.symbols.length === 0 &&
    annotationFilters(plan.filters).length === 0
  );
}

/**
 * Rows (facet, value, label, count) before each facet's cut, as facetCountsSql's parts: a statement facet counts the
 * paragraphs of the statements every filter but its own selects (disjunctive faceting); an annotation facet, the
 * paragraphs carrying such an annotation in the statements every filter selects.
 */
export function statementFacetParts(plan: SearchPlan): { tables: Prisma.Sql; parts: Prisma.Sql } {
  const where = (except?: SearchFacet) => {
    const on = statementFilters(plan.filters, except);
    return on.length > 0 ? allOf(on) : Prisma.sql`true`;
  };
  const chosen = STATEMENT_FACET_COLUMNS.map(([facet]) => Prisma.sql`(${where(facet)}) AS ${Prisma.raw(`for_${facet}`)}`);
  const tables = Prisma.sql`
    sel AS MATERIALIZED (
      SELECT s.id, ${Prisma.join(STATEMENT_FACET_COLUMNS.map(([facet, column]) => Prisma.sql`${Prisma.raw(column)} AS ${Prisma.raw(`v_${facet}`)}`))},
        ${Prisma.join(chosen)}, (${where()}) AS for_all,
        EXISTS (SELECT 1 FROM statement_facets_stale x WHERE x.statement_id = s.id) AS stale
      FROM statements s
      WHERE s.workspace_id = ${plan.workspaceId}::uuid AND s.deleted_at IS NULL
        AND (${Prisma.join(
          STATEMENT_FACET_COLUMNS.map(([facet]) => where(facet)),
          " OR ",
        )})
    ),
    stale_counts AS MATERIALIZED (
      SELECT f.statement_id, f.facet, f.value, f.paragraphs FROM verbatim_statement_facet_rows(ARRAY(SELECT id FROM sel WHERE sel.stale)) f
    ),
    paragraphs AS MATERIALIZED (
      SELECT f.statement_id, f.paragraphs FROM statement_facets f JOIN sel ON sel.id = f.statement_id AND NOT sel.stale WHERE f.facet = ''
      UNION ALL
      SELECT c.statement_id, c.paragraphs FROM stale_counts c WHERE c.facet = ''
    ),
    by_value AS (
      SELECT c.facet, c.value, sum(c.paragraphs)::int AS count FROM (
        SELECT f.facet, f.value, f.paragraphs FROM statement_facets f JOIN sel ON sel.id = f.statement_id AND NOT sel.stale AND sel.for_all
        WHERE f.facet <> ''
        UNION ALL
        SELECT c.facet, c.value, c.paragraphs FROM stale_counts c JOIN sel ON sel.id = c.statement_id AND sel.for_all WHERE c.facet <> ''
      ) c
      GROUP BY 1, 2
    )`;
  const statementFacet = (facet: SearchFacet) => {
    const value = Prisma.raw(`sel.v_${facet}`);
    return Prisma.sql`SELECT ${facet}::text AS facet, ${value} AS value, ${value} AS label, sum(c.paragraphs)::int AS count
      FROM paragraphs c JOIN sel ON sel.id = c.statement_id
      WHERE ${Prisma.raw(`sel.for_${facet}`)} AND ${value} IS NOT NULL GROUP BY 2, 3`;
  };
  const parts = Prisma.sql`${Prisma.join(
    STATEMENT_FACET_COLUMNS.map(([facet]) => statementFacet(facet)),
    "\n      UNION ALL ",
  )}
      UNION ALL SELECT v.facet, v.value, v.value, v.count FROM by_value v WHERE v.facet IN ('kind', 'status', 'stance', 'strength')
      UNION ALL SELECT v.facet, c.name, c.name, sum(v.count)::int FROM by_value v JOIN codes c ON c.id::text = v.value
        WHERE v.facet IN ('label', 'topic') GROUP BY 1, 2, 3
      UNION ALL SELECT 'author', v.value, u.name, v.count FROM by_value v JOIN users u ON u.id::text = v.value WHERE v.facet = 'author'
      UNION ALL SELECT 'instrument', v.value,
          coalesce((SELECT i.name FROM instruments i WHERE i.workspace_id = ${plan.workspaceId}::uuid AND i.key = v.value), v.value), v.count
        FROM by_value v WHERE v.facet = 'instrument'`;
  return { tables, parts };
}

/** Statements counted again per call of verbatim_refresh_statement_facets (about 2 ms each), so a call stays short. */
export const REFRESH_BATCH = 200;

/**
 * Counts stale statements' facets again, REFRESH_BATCH at a time, until none is left that another instance is not
 * already counting; returns how many. Readers are right meanwhile (they count stale statements themselves): this only
 * keeps them fast.
 */
export async function refreshStatementFacets(db: DbOrTx): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT verbatim_refresh_statement_facets(${REFRESH_BATCH}::int) AS n`;
    const n = row?.n ?? 0;
    total += n;
    if (n < REFRESH_BATCH) return total;
  }
}
