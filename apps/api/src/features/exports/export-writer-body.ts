import type { ExportItem, ExportWriter } from "@verbatim/core";
import { CHUNK_CHARS } from "./export-chunk.ts";

/** A brief written piece by piece (Markdown, HTML): head, the items in pieces of about CHUNK_CHARS, tail. */
export async function* exportWriterBody(writer: ExportWriter, batches: AsyncIterable<ExportItem[]>): AsyncGenerator<string> {
  yield writer.head();
  for await (const items of batches) {
    let chunk = "";
    for (const item of items) {
      chunk += writer.item(item);
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  yield writer.tail();
}
