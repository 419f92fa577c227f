import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import { layoutTextOf } from "./html-layout-text.ts";
import { capHtmlNesting } from "./html-nesting.ts";
import type { RawBlock, ReadResult } from "./types.ts";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const BLOCKS = new Set([...HEADINGS, "p", "div", "section", "article", "blockquote", "ul", "ol", "li"]);

/** Layout tags that are kept as plain divisions so their text does not run together. */
const AS_DIV = [
  "main",
  "center",
  "table",
  "thead",
  "tbody",
  "tr",
  "td",
  "th",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "pre",
  "address",
  "hr",
];

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCKS, "br", "strong", "em", "b", "i", "a", "span"],
  allowedAttributes: { ol: ["start"] },
  nonTextTags: [
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "template",
    "textarea",
    "option",
    "select",
    "button",
    "form",
    "head",
    "title",
    "svg",
    "iframe",
  ],
  transformTags: Object.fromEntries(AS_DIV.map((tag) => [tag, "div"])),
};

/** Headings and paragraphs of an HTML fragment, sanitised first; <br> becomes "\n". */
export function readHtmlBlocks(html: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const open: string[] = [];
  // The open headings apart, so finding the innermost one does not search every open block.
  const headings: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let text = "";
  // An ordered item's number waits for the item's first text, which may sit in a nested <p>.
  let marker = "";
  const flush = (): void => {
    const heading = headings.at(-1);
    if (text.trim() !== "" || /\u00a0/u.test(text)) {
      const full = marker + text.replace(/^ +/u, "");
      blocks.push(heading ? { kind: "heading", text: full, level: Number(heading.slice(1)) } : { kind: "paragraph", text: full });
      marker = "";
    }
    text = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "br") text += "\n";
        if (!BLOCKS.has(name)) return;
        flush();
        open.push(name);
        if (HEADINGS.includes(name)) headings.push(name);
        if (name === "ol" || name === "ul") lists.push({ ordered: name === "ol", next: Number(attributes.start ?? 1) || 1 });
        const list = lists.at(-1);
        if (name === "li") marker = list?.ordered ? `${list.next++}. ` : "";
      },
      ontext(chunk) {
        text += chunk.replace(/[ \t\r\n\f]+/gu, " ");
      },
      onclosetag(name) {
        if (!BLOCKS.has(name)) return;
        flush();
        const at = open.lastIndexOf(name);
        const [closed] = open.splice(at, 1);
        if (closed !== undefined && HEADINGS.includes(closed)) headings.splice(at === -1 ? -1 : headings.lastIndexOf(closed), 1);
        if (name === "ol" || name === "ul") lists.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(sanitizeHtml(capHtmlNesting(html), SANITISE));
  parser.end();
  flush();
  return blocks;
}

export function readHtml(content: string): ReadResult {
  return { blocks: readHtmlBlocks(content), metadata: {}, droppedBefore: layoutTextOf(content) };
}
