import type { ImportPreview } from "../../queries/use-import-preview.ts";

/** A preview with nothing in it, for tests to fill what they need. */
export function emptyPreview(patch: Partial<ImportPreview> = {}): ImportPreview {
  return {
    source: { format: "text", name: null, encoding: null, pages: null },
    paragraphs: [],
    dropped: [],
    metadata: {},
    repairs: [],
    footnotes: [],
    duplicates: [],
    record: null,
    ...patch,
  };
}
