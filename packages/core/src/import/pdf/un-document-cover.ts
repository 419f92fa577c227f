import type { DroppedLine, MetadataHints, RawBlock } from "../types.ts";

// A UN document (not a meeting record) opens with a cover: the organ and body it belongs to, its dates, then its title
// in bold just above the text. Read here, where the layout still tells headings from paragraphs; a record's cover is
// the record split's to read (see import/record/).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE = /^(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})$/;
const LETTER_DATE = /^Letter dated (\d{1,2} [A-Z][a-z]{2,8} \d{4}) /;
const REPRESENTATIVE = / Representative of ([A-Z][A-Za-z' -]{1,60}?) to the United Nations/;
const SIGNED = /^\(Signed\) ([^\n()]{2,80})$/;
const BODY = /\b(?:Council|Assembly|Commission|Committee|Conference|Board|Forum)\b/;
/** Words a paragraph needs to be the text's first, not a line of the cover. */
const BODY_WORDS = 8;

function isoDate(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2] ?? "") + 1 : 0;
  if (!match || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, "0")}-${(match[1] ?? "").padStart(2, "0")}`;
}

/** A line that names an organ or body and nothing else ("Commission on Crime Prevention and Criminal Justice"). */
const isBodyName = (line: string) =>
  line.length <= 90 && !/[,:;.]/.test(line) && /^[A-Z]/.test(line) && BODY.test(line) && line.split(" ").length <= 10;

/**
 * For a UN document with a symbol (not a meeting record): when page 1 holds a heading followed by the text's first
 * paragraph, that heading is the title, every block before it is cover, read for the forum (the last organ or body
 * named, the most specific), the date (the cover's date, or a letter's own "Letter dated …") and, for a letter, the
 * delegation; the cover goes to `dropped`. Otherwise the blocks are left to the preamble.
 */
export function readUnDocumentCover(
  blocks: RawBlock[],
  symbol: string | undefined,
): { blocks: RawBlock[]; metadata: MetadataHints; dropped: DroppedLine[] } {
  const untouched = { blocks, metadata: {}, dropped: [] };
  if (symbol === undefined || /\/PV\./.test(symbol)) return untouched;
  const start = blocks.findIndex(
    (b, i) => b.page === 1 && b.kind === "paragraph" && b.text.split(/\s+/).length >= BODY_WORDS && blocks[i - 1]?.kind === "heading",
  );
  const title = blocks[start - 1];
  if (start < 1 || !title) return untouched;
  const metadata: MetadataHints = { title: title.text.replace(/\s*\n\s*/g, " ") };
  const cover = blocks.slice(0, start - 1);
  const lines = cover.flatMap((b) => b.text.split("\n").map((l) => l.trim()));
  const forum = lines.filter(isBodyName).at(-1);
  if (forum) metadata.forum = forum;
  const date = LETTER_DATE.exec(metadata.title ?? "")?.[1] ?? lines.find((l) => isoDate(l) !== undefined);
  const iso = date === undefined ? undefined : isoDate(date);
  if (iso) metadata.date = iso;
  const delegation = REPRESENTATIVE.exec(metadata.title ?? "")?.[1];
  if (delegation) metadata.delegation = delegation;
  const rest = blocks.slice(start);
  const signed = rest.map((b) => SIGNED.exec(b.text.replace(/\s+/g, " ").trim())?.[1]).find((s) => s !== undefined);
  if (signed) metadata.speaker = signed.trim();
  const dropped: DroppedLine[] = [
    ...lines.filter((l) => l !== "").map((text) => ({ text, reason: "front-matter" as const, page: 1 })),
    { text: title.text, reason: "metadata", page: 1 },
  ];
  return { blocks: rest, metadata, dropped };
}
