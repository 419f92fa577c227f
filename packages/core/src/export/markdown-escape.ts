import { textLines } from "./text.ts";

/**
 * User text made literal in Markdown: every character that can open inline markup is backslash-escaped,
 * as are the starts of a line that would open a block (list item, ordered item, setext underline), and
 * lines are trimmed so none can become indented code or a hard break. Returns one string per line.
 */
export function markdownLines(text: string | null | undefined): string[] {
  return textLines(text).map((line) =>
    line
      .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
      .replace(/^[-+=]/, "\\$&")
      .replace(/^(\d+)([.)])/, "$1\\$2"),
  );
}

/** User text as literal Markdown on one line. */
export function markdownText(text: string | null | undefined): string {
  return markdownLines(text).join(" ");
}

/** A link destination in angle brackets, with what could end or break it percent-encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>`;
}
