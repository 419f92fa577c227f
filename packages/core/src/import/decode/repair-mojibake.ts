import type { TextRepair } from "../types.ts";
import { mojibakeReading } from "./mojibake-reading.ts";
import { repairLine } from "./repair-line.ts";

/** Repaired lines listed in the report; later ones are repaired but not listed. */
export const MAX_LISTED_REPAIRS = 200;

/** Characters of a line shown in the report, around its first repair. */
export const MAX_REPAIR_EXCERPT = 300;

/** Characters shown before the first repair when a line is cut. */
const EXCERPT_LEAD = 100;

/** Every character that can start a repair is in U+00C2–U+00F4 ("Â"…"ô"). */
const MAY_HOLD_MOJIBAKE = /[\u00c2-\u00f4]/u;

const LINE_BREAK = /\r\n?|\n/g;

function cut(line: string, from: number): string {
  const end = Math.min(line.length, from + MAX_REPAIR_EXCERPT);
  return `${from > 0 ? "…" : ""}${line.slice(from, end)}${end < line.length ? "…" : ""}`;
}

/** A long line's report shows the same window of its before and after, from just before the first change. */
function excerpt(line: number, before: string, after: string): TextRepair {
  if (before.length <= MAX_REPAIR_EXCERPT && after.length <= MAX_REPAIR_EXCERPT) return { line, before, after };
  let same = 0;
  while (same < before.length && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  const from = Math.max(0, same - EXCERPT_LEAD);
  return { line, before: cut(before, from), after: cut(after, from) };
}

/**
 * Repair mojibake: UTF-8 that was read as Windows-1252 or Latin-1 ("â€™" → ’, "Ã©" → é,
 * "Ã¼" → ü, "â€œ"/"â€" → “/”, "â€“" → –), turned back into bytes and decoded as UTF-8
 * where the characters are exactly a valid UTF-8 sequence, and where that is plausible
 * (sequence-strength.ts: a capital followed by punctuation in "PERÚ…" is left alone);
 * and an "Ã" that lost the byte after it ("AfricaÃ­s", "UNÃs", "theÃpeople"), read as
 * lost-byte-a.ts and mojibake-reading.ts explain. Text without mojibake comes back as it
 * was. Each repaired line is reported by its 1-based number (a line ends at LF, CRLF or
 * CR), the first 200 of them with at most 300 characters each side.
 */
export function repairMojibake(text: string): { text: string; repairs: TextRepair[] } {
  if (!MAY_HOLD_MOJIBAKE.test(text)) return { text, repairs: [] };
  const reading = mojibakeReading(text);
  const parts: string[] = [];
  const repairs: TextRepair[] = [];
  let lineNumber = 1;
  let start = 0;
  const take = (end: number, lineBreak: string): void => {
    const before = text.slice(start, end);
    const after = repairLine(before, reading);
    if (after !== before && repairs.length < MAX_LISTED_REPAIRS) repairs.push(excerpt(lineNumber, before, after));
    parts.push(after, lineBreak);
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    take(match.index, match[0]);
    start = match.index + match[0].length;
    lineNumber++;
  }
  take(text.length, "");
  return { text: parts.join(""), repairs };
}
