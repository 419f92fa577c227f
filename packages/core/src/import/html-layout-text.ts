import { Parser } from "htmlparser2";
import { capHtmlNesting } from "./html-nesting.ts";
import type { DroppedLine } from "./types.ts";

/** The page's layout regions, which sanitising removes whole: their text is recorded, so nothing goes silently. */
const LAYOUT: Record<string, DroppedLine["reason"]> = { nav: "navigation", header: "navigation", footer: "footer", aside: "footer" };
const CODE = new Set(["script", "style", "template", "noscript"]);

export function layoutTextOf(html: string): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  const regions: DroppedLine["reason"][] = [];
  let code = 0;
  let text = "";
  const parser = new Parser(
    {
      onopentag(name) {
        if (CODE.has(name)) code++;
        const reason = LAYOUT[name];
        if (reason === undefined) return;
        if (regions.length === 0) text = "";
        regions.push(reason);
      },
      ontext(chunk) {
        if (regions.length > 0 && code === 0) text += ` ${chunk}`;
      },
      onclosetag(name) {
        if (CODE.has(name)) code = Math.max(0, code - 1);
        if (LAYOUT[name] === undefined || regions.length === 0) return;
        const reason = regions.pop()!;
        const folded = text.replace(/\s+/gu, " ").trim();
        if (regions.length === 0 && folded !== "") dropped.push({ text: folded, reason });
      },
    },
    { decodeEntities: true },
  );
  parser.write(capHtmlNesting(html));
  parser.end();
  return dropped;
}
