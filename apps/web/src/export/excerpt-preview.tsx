import { quoted } from "@verbatim/core";
import { useId } from "react";
import { excerptFacts } from "./excerpt-facts.ts";
import type { ExportPreview } from "./use-export-preview.ts";

/** The first excerpts as the brief will show them: the quote, its citation line, then kind and attributes. */
export function ExcerptPreview({ preview }: { preview: ExportPreview }) {
  const headingId = useId();
  if (preview.items.length === 0) return null;
  const more = preview.count - preview.items.length;
  return (
    <section className="export-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Preview</h3>
      <ol className="export-excerpts">
        {preview.items.map((item) => (
          <li key={item.id} className={`export-excerpt kind-${item.kind}`}>
            <blockquote>
              <p>{quoted(item.quote.exact)}</p>
            </blockquote>
            <p className="export-citation">{item.citation}</p>
            <p className="export-facts">{excerptFacts(item).join(" · ")}</p>
          </li>
        ))}
      </ol>
      {more > 0 && <p className="field-hint">and {more.toLocaleString("en-GB")} more in the export.</p>}
    </section>
  );
}
