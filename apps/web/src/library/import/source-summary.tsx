import type { ImportPreview } from "../../queries/use-import-preview.ts";

const FORMATS: Record<ImportPreview["source"]["format"], string> = {
  text: "Plain text",
  markdown: "Markdown",
  html: "HTML",
  docx: "Word document",
  pdf: "PDF",
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the text was read from: "PDF · S-PV-9500.pdf · 12 pages", with the encoding a text file was decoded from. */
export function sourceLine(source: ImportPreview["source"]): string {
  const parts = [FORMATS[source.format]];
  if (source.name) parts.push(source.name);
  if (source.pages !== null) parts.push(plural(source.pages, "page", "pages"));
  if (source.encoding) parts.push(`read as ${source.encoding}`);
  return parts.join(" · ");
}

/** Where the text came from, the lines whose mojibake was repaired, and the footnotes kept aside. */
export function SourceSummary({ preview }: { preview: ImportPreview }) {
  const { repairs, footnotes } = preview;
  return (
    <div className="source-summary">
      <p className="import-note source-line">
        <span className="source-label">Source:</span> {sourceLine(preview.source)}
      </p>
      {repairs.length > 0 && (
        <details className="repaired-lines">
          <summary>{plural(repairs.length, "line repaired", "lines repaired")} (garbled characters)</summary>
          <ul>
            {repairs.map((repair) => (
              <li key={repair.line}>
                <span className="repair-line">Line {repair.line}</span>
                <del aria-label="before">{repair.before}</del>
                <span aria-hidden="true"> → </span>
                <ins aria-label="after">{repair.after}</ins>
              </li>
            ))}
          </ul>
        </details>
      )}
      {footnotes.length > 0 && (
        <details className="footnote-list">
          <summary>{plural(footnotes.length, "footnote", "footnotes")}, kept in the import record, not as paragraphs</summary>
          <ol>
            {footnotes.map((note, i) => (
              <li key={i}>
                <span className="footnote-mark">{note.mark}</span> {note.text}
                {note.page ? <span className="import-note"> (p. {note.page})</span> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
