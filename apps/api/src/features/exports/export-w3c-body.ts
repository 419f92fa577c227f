import type { ExportQuery } from "@verbatim/contract";
import { toW3cCollection, toW3cEmbeddedAnnotation, type W3cEmbeddedAnnotation } from "@verbatim/core";
import { presentAnnotationSqlRow } from "../annotations/annotation-sql-row.ts";
import { CHUNK_CHARS } from "./export-chunk.ts";
import { blockTextReader, type ExportRow, statementReader } from "./export-row.ts";

export interface W3cBodyOptions {
  /** Every row the batches will hold (the collection's total, written before them). */
  count: number;
  query: ExportQuery;
  baseUrl: string;
  instrumentKeys: ReadonlySet<string>;
}

/**
 * One AnnotationCollection whose embedded first page holds every annotation, written as it is read:
 * core's toW3cCollection shapes the collection around the first annotation, and the rest follow it.
 */
export async function* exportW3cBody(batches: AsyncIterable<ExportRow[]>, opts: W3cBodyOptions): AsyncGenerator<string> {
  const statementOf = statementReader();
  const blockTextsOf = blockTextReader();
  const collection = { id: `${opts.baseUrl}/api/exports?${exportSearchParams(opts.query)}`, label: "Verbatim annotations" };
  let tail: string | null = null;
  let separator = "\n";
  for await (const rows of batches) {
    let chunk = "";
    for (const row of rows) {
      const statement = statementOf(row);
      const w3c = toW3cEmbeddedAnnotation(presentAnnotationSqlRow(row, statement), statement, {
        baseUrl: opts.baseUrl,
        blockTexts: blockTextsOf(row),
        instrumentKeys: opts.instrumentKeys,
        via: row.source_id,
      });
      if (tail === null) {
        const [head, end] = frame(w3c, collection, opts.count);
        chunk += head;
        tail = end;
      }
      chunk += separator + JSON.stringify(w3c);
      separator = ",\n";
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  yield tail ?? `${JSON.stringify(toW3cCollection([], collection))}\n`;
}

/** The collection's JSON before and after its page's items. */
function frame(first: W3cEmbeddedAnnotation, collection: { id: string; label: string }, total: number): [string, string] {
  const shape = toW3cCollection([first], collection);
  shape.total = total;
  if (shape.first) {
    shape.first.partOf.total = total;
    shape.first.items = [];
  }
  const json = JSON.stringify(shape);
  const at = json.lastIndexOf('"items":[]') + '"items":['.length;
  return [json.slice(0, at), `\n${json.slice(at)}\n`];
}

/** How the other formats are written, which changes nothing in a W3C collection, so its IRI leaves them out. */
const NOT_SELECTING = new Set<string>(["citation", "layout"]);

/** The export's own query, as the collection's IRI. */
export function exportSearchParams(query: ExportQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || NOT_SELECTING.has(key)) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params.toString();
}
