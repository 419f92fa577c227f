import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { OpenElements } from "./html-open-elements.ts";
import { MAX_HTML_NESTING } from "./import-limits.ts";

/** Elements whose content is raw text: they hold no tags, and dropping one would show its code as text. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"]);

const ignore = (): void => undefined;

/**
 * Removes the start and end tags of elements that would open deeper than
 * MAX_HTML_NESTING, so their text joins the element around them. htmlparser2
 * (ours and sanitize-html's) shifts its whole stack on every tag, which is
 * quadratic in the depth: 200,000 nested <div> took minutes. One linear pass
 * of its tokenizer, with the Parser's stack rules; a page within the limit is
 * returned unchanged.
 *
 * The tokenizer is told it is always in foreign content, so it reads tags even
 * inside <script>, <iframe> or <plaintext>: the older htmlparser2 in
 * sanitize-html reads tags inside some of those, and counting too many tags only
 * errs on the safe side.
 */
export function capHtmlNesting(html: string, maxDepth = MAX_HTML_NESTING): string {
  const open = new OpenElements();
  const cuts: { from: number; to: number }[] = [];
  // End tags still to come for start tags that were cut, by name.
  const cutOpen = new Map<string, number>();
  let tag: { name: string; from: number; cut: boolean } | null = null;

  const endStartTag = (endIndex: number): void => {
    if (tag?.cut) cuts.push({ from: tag.from, to: endIndex + 1 });
  };
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase();
      tag = { name, from: start - 1, cut: false };
      const deeper = !open.isVoid(name) && open.depth - open.impliedCloses(name) >= maxDepth;
      if (deeper && !RAW_TEXT.has(name)) {
        tag.cut = true;
        cutOpen.set(name, (cutOpen.get(name) ?? 0) + 1);
      } else open.open(name);
    },
    onopentagend: endStartTag,
    onselfclosingtag(endIndex) {
      endStartTag(endIndex);
      if (tag && !tag.cut) open.selfClose(tag.name);
    },
    onclosetag(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase();
      const pending = cutOpen.get(name) ?? 0;
      if (pending === 0) return open.close(name);
      cutOpen.set(name, pending - 1);
      const end = html.indexOf(">", endIndex);
      if (end !== -1) cuts.push({ from: start - 2, to: end + 1 });
    },
    isInForeignContext: () => true,
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
    ontext: ignore,
    ontextentity: ignore,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const { from, to } of cuts) {
    parts.push(html.slice(at, from));
    at = to;
  }
  parts.push(html.slice(at));
  return parts.join("");
}
