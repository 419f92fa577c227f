import type { CitationStyle } from "@verbatim/core";
import type { ApiExportItem } from "./export-row.ts";
import { presentExportedAnnotation } from "./exported-annotation.ts";
import { CHUNK_CHARS } from "./export-chunk.ts";

/** `{"items":[…]}` with one ExportedAnnotation a line, in pieces of about CHUNK_CHARS. */
export async function* exportJsonBody(batches: AsyncIterable<ApiExportItem[]>, citation: CitationStyle): AsyncGenerator<string> {
  yield '{"items":[';
  let separator = "\n";
  for await (const items of batches) {
    let chunk = "";
    for (const item of items) {
      chunk += separator + JSON.stringify(presentExportedAnnotation(item, citation));
      separator = ",\n";
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  yield "\n]}\n";
}
