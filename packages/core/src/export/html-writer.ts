import { isHttpUrl } from "../references/http-url.ts";
import type { BriefOptions } from "./brief-options.ts";
import { type CitationStyle, citationOf } from "./citation.ts";
import { escapeHtml } from "./escape-html.ts";
import { excerptDetails } from "./excerpt-details.ts";
import type { BriefMeta, ExportItem, ExportWriter } from "./export-item.ts";
import { kindHeading } from "./kind-heading.ts";
import { formatDate } from "../dates/format-date.ts";
import { createGroupTracker } from "./group-tracker.ts";
import { BRIEF_CSS } from "./html-style.ts";
import { paragraphLink } from "./paragraph-link.ts";
import { statementLine } from "./statement-line.ts";
import { oneLine, textLines } from "./text.ts";

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function head(meta: BriefMeta): string {
  const title = escapeHtml(oneLine(meta.title));
  const filters = meta.filters.length
    ? `<ul>${meta.filters.map((f) => `<li>${escapeHtml(oneLine(f.label))}: ${escapeHtml(oneLine(f.value))}</li>`).join("")}</ul>`
    : "<p>None: every annotation is included.</p>";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Verbatim">
<title>${title}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<header class="brief-head">
<h1>${title}</h1>
<p>Exported <time datetime="${escapeHtml(meta.generatedAt)}">${escapeHtml(formatDate(meta.generatedAt))}</time> from ${escapeHtml(oneLine(meta.workspace))}</p>
<section class="filters"><h2>Filters</h2>${filters}</section>
</header>
<main>
`;
}

function openStatement(item: ExportItem): string {
  const { statement } = item;
  const line = statementLine(statement);
  const source = statement.sourceUrl?.trim() ?? "";
  return [
    `<article class="statement" id="${escapeHtml(`s-${statement.slug}`)}">`,
    `<header><h2>${escapeHtml(oneLine(statement.title) || statement.slug)}</h2>`,
    line ? `<p class="meta">${escapeHtml(line)}</p>` : "",
    isHttpUrl(source) ? `<p>Source: <a class="source" href="${escapeHtml(source)}">${escapeHtml(source)}</a></p>` : "",
    "</header>\n",
  ].join("");
}

function excerpt(item: ExportItem, baseUrl: string, citation: CitationStyle): string {
  const link = escapeHtml(paragraphLink(baseUrl, item));
  const language = item.statement.language?.trim() ?? "";
  const lang = LANGUAGE_TAG.test(language) ? ` lang="${escapeHtml(language)}"` : "";
  const quote = textLines(item.annotation.quote.exact)
    .map((line) => `<p dir="auto">${escapeHtml(line)}</p>`)
    .join("");
  const details = excerptDetails(item)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd dir="auto">${escapeHtml(textLines(value).join("\n"))}</dd>`)
    .join("");
  return [
    `<figure class="excerpt" id="${escapeHtml(`a-${item.annotation.id}`)}">`,
    `<blockquote cite="${link}"${lang}>${quote}</blockquote>`,
    `<figcaption><cite><a href="${link}">${escapeHtml(citationOf(item, citation))}</a></cite></figcaption>`,
    details ? `<dl class="details">${details}</dl>` : "",
    "</figure>\n",
  ].join("");
}

/**
 * A standalone, print-ready HTML5 brief: one `<article>` per statement, a `<section>` per kind, each excerpt a
 * `<figure>` with its `<blockquote>` and citation. Every piece of user text is escaped. Of the options, only the
 * citation style applies: on paper each statement starts a page, as a web page has no other layout to offer.
 */
export function htmlWriter(meta: BriefMeta, options: BriefOptions = {}): ExportWriter {
  const citation = options.citation ?? "full";
  const next = createGroupTracker();
  let open = false;
  return {
    head: () => head(meta),
    item(item) {
      const change = next(item);
      const close = open ? (change.statement ? "</section>\n</article>\n" : change.kind ? "</section>\n" : "") : "";
      open = true;
      const kind = item.annotation.kind;
      return [
        close,
        change.statement ? openStatement(item) : "",
        change.kind ? `<section class="kind ${kind}"><h3>${kindHeading(kind)}</h3>\n` : "",
        excerpt(item, meta.baseUrl, citation),
      ].join("");
    },
    tail() {
      const body = open ? "</section>\n</article>\n" : '<p class="empty">No annotations match these filters.</p>\n';
      return `${body}</main>\n</body>\n</html>\n`;
    },
  };
}
