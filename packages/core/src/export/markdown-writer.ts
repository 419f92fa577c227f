import { isHttpUrl } from "../references/http-url.ts";
import type { BriefOptions } from "./brief-options.ts";
import { type CitationStyle, citationOf } from "./citation.ts";
import { excerptDetails } from "./excerpt-details.ts";
import type { BriefMeta, ExportItem, ExportWriter } from "./export-item.ts";
import { kindHeading } from "./kind-heading.ts";
import { formatDate } from "../dates/format-date.ts";
import { createGroupTracker } from "./group-tracker.ts";
import { markdownLines, markdownText, markdownUrl } from "./markdown-escape.ts";
import { paragraphLink } from "./paragraph-link.ts";
import { statementLine } from "./statement-line.ts";

const block = (...lines: string[]): string => `${lines.join("\n")}\n\n`;

function statementHeading(item: ExportItem): string {
  const { statement } = item;
  const line = statementLine(statement);
  const source = statement.sourceUrl?.trim() ?? "";
  return [
    block(`## ${markdownText(statement.title) || markdownText(statement.slug)}`),
    line ? block(markdownText(line)) : "",
    isHttpUrl(source) ? block(`Source: [${markdownText(source)}](${markdownUrl(source)})`) : "",
  ].join("");
}

function excerpt(item: ExportItem, baseUrl: string, citation: CitationStyle): string {
  const quote = markdownLines(item.annotation.quote.exact);
  const details = excerptDetails(item).map(([label, value]) => `- **${markdownText(label)}:** ${markdownLines(value).join("\\\n  ")}`);
  return [
    block(quote.length > 0 ? quote.map((line) => `> ${line}`).join("\n>\n") : ">"),
    block(`— [${markdownText(citationOf(item, citation))}](${markdownUrl(paragraphLink(baseUrl, item))})`),
    details.length > 0 ? block(...details) : "",
  ].join("");
}

/** A Markdown brief: title and filters, then `##` per statement, `###` per kind, and each excerpt as a blockquote with its citation. */
export function markdownWriter(meta: BriefMeta, options: BriefOptions = {}): ExportWriter {
  const citation = options.citation ?? "full";
  const next = createGroupTracker();
  let empty = true;
  return {
    head() {
      const filters = meta.filters.map(({ label, value }) => `- ${markdownText(label)}: ${markdownText(value)}`);
      return [
        block(`# ${markdownText(meta.title)}`),
        block(`Exported ${markdownText(formatDate(meta.generatedAt))} from ${markdownText(meta.workspace)}`),
        filters.length > 0 ? block("Filters:") + block(...filters) : block("Filters: none, every annotation is included."),
      ].join("");
    },
    item(item) {
      empty = false;
      const change = next(item);
      return [
        change.statement ? statementHeading(item) : "",
        change.kind ? block(`### ${kindHeading(item.annotation.kind)}`) : "",
        excerpt(item, meta.baseUrl, citation),
      ].join("");
    },
    tail() {
      return empty ? block("No annotations match these filters.") : "";
    },
  };
}
