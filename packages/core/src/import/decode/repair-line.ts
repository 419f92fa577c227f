import { type LineEdit, repairLostByteA } from "./lost-byte-a.ts";
import { readSequence } from "./mojibake-sequence.ts";
import type { MojibakeReading } from "./mojibake-reading.ts";
import { sequenceStrength } from "./sequence-strength.ts";

/** Passes over a line: text encoded wrongly twice or three times ("Ã¢â‚¬â„¢") needs one each. */
const MAX_PASSES = 3;

const A_TILDE = 0xc3;
const A_CIRCUMFLEX = 0xe2;
const EURO = 0x20ac;
const SOFT_HYPHEN = 0xad;

/**
 * The repair that starts at `i`, if any, and whether it is weak (kept only when it
 * touches another repair: mojibake comes in runs, a real letter before punctuation
 * stands alone). Looks at a fixed number of characters (at most a few letters around a
 * lost-byte "Ã").
 */
function repairAt(line: string, i: number, reading: MojibakeReading): (LineEdit & { weak: boolean }) | null {
  const code = line.charCodeAt(i);
  const seq = readSequence(line, i);
  if (seq) {
    const strength = sequenceStrength(line, seq);
    const lost = code === A_TILDE && line.charCodeAt(i + 1) === SOFT_HYPHEN ? repairLostByteA(line, i, true, reading) : null;
    if (lost) return { ...lost, weak: false };
    const text = seq.codePoint === 0xfeff ? "" : String.fromCodePoint(seq.codePoint);
    return { start: i, end: seq.end, text, weak: strength === "weak" };
  }
  // "”" is E2 80 9D; 0x9D is undefined in Windows-1252 and usually lost, leaving "â€".
  if (code === A_CIRCUMFLEX && line.charCodeAt(i + 1) === EURO) return { start: i, end: i + 2, text: "\u201d", weak: false };
  const lost = code === A_TILDE ? repairLostByteA(line, i, false, reading) : null;
  return lost ? { ...lost, weak: false } : null;
}

/**
 * One pass, left to right, repairs never overlapping, written out as they are found (a
 * weak one once the next repair shows whether it touches it), so a pass is linear in
 * the line's length and holds no list of repairs, whatever the line holds.
 */
function repairOnce(line: string, reading: MojibakeReading): string {
  let out = "";
  let copied = 0;
  let lastEnd = -1;
  let pending: LineEdit | null = null;
  const write = (edit: LineEdit): void => {
    out += line.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  };
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    // Lead bytes 0xC2–0xF4 read as Windows-1252 are "Â"…"ô": nothing else starts a repair.
    const edit = code >= 0xc2 && code <= 0xf4 ? repairAt(line, i, reading) : null;
    if (!edit) {
      i++;
      continue;
    }
    if (pending && pending.end === edit.start) write(pending);
    pending = null;
    if (!edit.weak || lastEnd === edit.start) write(edit);
    else pending = edit;
    lastEnd = edit.end;
    i = edit.end;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** One line with its mojibake repaired, as many passes as it takes (up to three). */
export function repairLine(line: string, reading: MojibakeReading): string {
  let current = line;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = repairOnce(current, reading);
    if (next === current) break;
    current = next;
  }
  return current;
}
