import { markSegments, type MatchRange } from "./mark-matches.ts";

/** A result's text with the matched words in <mark> elements, built as React elements (the text is never parsed as HTML). */
export function MarkedText({ text, matches }: { text: string; matches: readonly MatchRange[] }) {
  return <>{markSegments(text, matches).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
