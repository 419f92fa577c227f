import type { ImportDuplicate, ImportPreview } from "@verbatim/contract";
import { presentRecord } from "./record-statements.ts";
import type { ImportReading } from "./read-import.ts";

/** The preview: the statement's reading (empty when only a record was found), what was repaired and set apart, the record. */
export function presentPreview(reading: ImportReading, duplicates: ImportDuplicate[]): ImportPreview {
  const read = reading.statement;
  const paragraphs = read
    ? read.paragraphs.map((p, i) => {
        const page = read.pages?.[i];
        return page === undefined ? p : { ...p, page };
      })
    : [];
  return {
    source: reading.source,
    paragraphs,
    dropped: read?.dropped ?? [],
    metadata: read?.metadata ?? {},
    repairs: reading.repairs,
    footnotes: reading.footnotes,
    duplicates,
    record: reading.record ? presentRecord(reading.record) : null,
  };
}
