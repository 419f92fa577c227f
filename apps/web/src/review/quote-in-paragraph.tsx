import type { QueueItem } from "./use-review-queue.ts";

/**
 * The paragraph the annotation starts in, with the quoted words marked. Offsets refer to the annotated text;
 * when they no longer fit it, the quote is shown alone rather than a wrong span marked.
 */
export function QuoteInParagraph({ item }: { item: QueueItem }) {
  const { paragraph, annotation } = item;
  const text = paragraph.text;
  const { start } = annotation.target;
  const spans = annotation.target.endParagraphId && annotation.target.endParagraphId !== annotation.target.paragraphId;
  const end = spans ? (text?.length ?? 0) : annotation.target.end;
  const fits = text !== null && start <= end && end <= text.length && annotation.quote.exact.startsWith(text.slice(start, end));
  if (!fits) {
    return (
      <p className="queue-paragraph">
        <mark>{annotation.quote.exact}</mark>
      </p>
    );
  }
  return (
    <p className="queue-paragraph">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
      {spans && <span className="queue-continues"> (the quote continues in the next paragraph)</span>}
    </p>
  );
}
