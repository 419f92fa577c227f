import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { DroppedLines } from "./dropped-lines.tsx";

/** Enough blocks to judge the import; the rest are counted, since a long statement would swamp the dialog. */
export const PREVIEW_BLOCKS = 30;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 more paragraphs", or "14 more (12 paragraphs, 2 headings)" when headings are among them. */
export function moreText(paragraphs: number, headings: number): string {
  if (headings === 0) return plural(paragraphs, "more paragraph", "more paragraphs");
  if (paragraphs === 0) return plural(headings, "more heading", "more headings");
  return `${paragraphs + headings} more (${plural(paragraphs, "paragraph", "paragraphs")}, ${plural(headings, "heading", "headings")})`;
}

/** What the import will create, as the reader will show it: headings, and paragraphs with ¶ number and ID. */
export function BlockPreview({ preview, headingId }: { preview: ImportPreview; headingId: string }) {
  const blocks = preview.paragraphs;
  const shown = blocks.slice(0, PREVIEW_BLOCKS);
  const rest = blocks.slice(PREVIEW_BLOCKS);
  const paragraphs = blocks.filter((b) => b.kind === "paragraph").length;
  const headings = blocks.length - paragraphs;
  const moreParagraphs = rest.filter((b) => b.kind === "paragraph").length;
  const moreHeadings = rest.length - moreParagraphs;

  return (
    <section className="block-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Preview</h3>
      <p className="import-note">
        {paragraphs === 0
          ? "No paragraphs were found in this text."
          : `The import will create ${plural(paragraphs, "paragraph", "paragraphs")}${headings ? ` and ${plural(headings, "heading", "headings")}` : ""}.`}
      </p>
      <ol className="preview-blocks">
        {shown.map((block) =>
          block.kind === "heading" ? (
            <li key={block.id} className="preview-heading">
              <h4>{block.text}</h4>
              <span className="preview-id">{block.id}</span>
            </li>
          ) : (
            <li key={block.id} className="preview-paragraph">
              <span className="preview-number">¶{block.number}</span>
              <p>{block.text}</p>
              <span className="preview-id">{block.id}</span>
            </li>
          ),
        )}
      </ol>
      {rest.length > 0 && <p className="import-note preview-more">…and {moreText(moreParagraphs, moreHeadings)}</p>}
      <DroppedLines dropped={preview.dropped} />
    </section>
  );
}
