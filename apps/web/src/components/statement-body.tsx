import type { Statement } from "../queries/use-statement.ts";

/**
 * The statement's current blocks. Each paragraph carries its canonical ID (`p7`) as its element id, so
 * `slug#p7` deep-links to it, and shows its display number (¶ in this revision) in the margin.
 */
export function StatementBody({ blocks }: { blocks: Statement["paragraphs"] }) {
  return (
    <div className="statement-body">
      {blocks.map((block) =>
        block.kind === "heading" ? (
          <h2 key={block.id} id={block.id} className="block-heading">
            {block.text}
          </h2>
        ) : (
          <div key={block.id} className="block">
            <a className="paragraph-number" href={`#${block.id}`} aria-label={`Paragraph ${block.number ?? block.id}`}>
              {block.number ?? ""}
            </a>
            <p id={block.id} data-paragraph-id={block.id}>
              {block.text}
            </p>
          </div>
        ),
      )}
    </div>
  );
}
