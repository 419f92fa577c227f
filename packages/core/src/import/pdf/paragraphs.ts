import type { RawBlock } from "../types.ts";
import type { Line, Side } from "./columns.ts";
import { ParagraphText } from "./hyphen-join.ts";

/** Where a column's lines start and end, and how far apart its lines are. */
interface Frame {
  left: number;
  right: number;
  spacing: number;
}

const LIST_MARK = /^(?:\(?\d{1,3}[.)]|\(?[a-z]{1,4}\)|[•–—-]) /;
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/;
/** A column with fewer lines than this takes its frame from the same side of the other pages. */
const FEW_LINES = 6;

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    const key = Math.round(v);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (best === undefined || count > (counts.get(best) ?? 0)) best = key;
  }
  return best;
}

function percentile(values: number[], share: number): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function frameOf(lines: Line[], fallback?: Frame): Frame {
  if (lines.length < FEW_LINES && fallback) return fallback;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && a.stream === b.stream && b.y > a.y && b.y - a.y < 3 * b.size) gaps.push(b.y - a.y);
  }
  const size =
    percentile(
      lines.map((l) => l.size),
      0.5,
    ) ?? 10;
  return {
    left: mode(lines.map((l) => l.x)) ?? 0,
    right:
      percentile(
        lines.map((l) => l.right),
        0.9,
      ) ?? 0,
    spacing: percentile(gaps, 0.5) ?? fallback?.spacing ?? 1.2 * size,
  };
}

function framesOf(lines: Line[]): (line: Line) => Frame {
  const bySide = new Map<Side, Line[]>();
  const byStream = new Map<string, Line[]>();
  const add = <K>(map: Map<K, Line[]>, key: K, line: Line) => {
    const list = map.get(key);
    if (list) list.push(line);
    else map.set(key, [line]);
  };
  for (const line of lines) {
    add(bySide, line.side, line);
    add(byStream, `${line.page}:${line.side}`, line);
  }
  const sideFrames = new Map([...bySide].map(([side, ls]) => [side, frameOf(ls)]));
  const pageFrames = new Map([...byStream].map(([key, ls]) => [key, frameOf(ls, sideFrames.get(ls[0]?.side ?? "full"))]));
  return (line) => pageFrames.get(`${line.page}:${line.side}`) ?? frameOf([line]);
}

/** Set in the middle of its column, clear of both edges (a title's lines). */
function centred(line: Line, frame: Frame): boolean {
  const before = line.x - frame.left;
  const after = frame.right - line.right;
  return before > 2 * line.size && after > 2 * line.size && Math.abs(before - after) < 1.5 * line.size;
}

/**
 * How `line` follows `previous`: a new paragraph ("break"), the same one wrapped ("wrap": joined with a space, or
 * a hyphenated word made whole), or the same one after a deliberate short line ("newline": kept as "\n", as in a
 * two-line title or an address). A paragraph starts at a wider gap than the column's line spacing, a change of size
 * or weight, a first-line indent or an outdent (a numbered paragraph's number), after a short line ending a sentence,
 * and at the top of a column or page unless the line before filled its width.
 */
function joinKind(previous: Line, line: Line, frame: Frame, previousFrame: Frame): "break" | "wrap" | "newline" {
  // A line of tabbed fields ("General Assembly" and "Distr.: General") reaches the edge without wrapping.
  // Nor does a short line set flush right (a date on a cover).
  const full =
    previous.right >= previousFrame.right - 1.5 * previous.size &&
    previous.x <= previousFrame.left + 3 * previous.size &&
    !previous.text.includes("\n");
  // Indented past the column's usual start and past the line before (a box's padded lines are not each a paragraph),
  // unless the line before is a numbered or bulleted paragraph's full first line: its next line hangs under the text.
  const hanging = full && LIST_MARK.test(previous.text);
  const indented = !hanging && line.x > frame.left + 0.6 * line.size && line.x > previous.x + 0.6 * line.size;
  const outdented = line.x < frame.left - 0.6 * line.size && line.x < previous.x - 0.6 * line.size;
  const sameStyle = Math.abs(line.size - previous.size) <= 0.15 * Math.max(line.size, previous.size) && line.bold === previous.bold;
  // Into the next column or page: the paragraph goes on if the last line filled its column and this one starts the next
  // column at its top (the right one after the left, or the next page's), unindented, in the same style.
  if (previous.stream !== line.stream) {
    // Or, on one page, the short last line of a paragraph across the page that stands over the left column.
    const samePage = previous.page === line.page;
    const lastLineOver =
      samePage &&
      previous.side === "full" &&
      line.side === "left" &&
      Math.abs(line.x - previous.x) < line.size &&
      line.y - previous.y < 2 * line.size;
    const nextColumn =
      (samePage && previous.side === "left" && line.side === "right") ||
      lastLineOver ||
      (line.page === previous.page + 1 && (previous.side === "full") === (line.side === "full"));
    return nextColumn && full && !indented && sameStyle ? "wrap" : "break";
  }
  const gap = line.y - previous.y;
  if (!sameStyle || gap > 1.4 * frame.spacing || gap < 0.5 * line.size) return "break";
  if (centred(previous, frame) && centred(line, frame)) return "newline";
  if (indented || outdented) return "break";
  if (full) return "wrap";
  return SENTENCE_END.test(previous.text) ? "break" : "newline";
}

interface Draft {
  lines: Line[];
  text: ParagraphText;
}

function kindOf(lines: Line[], text: string, bodySize: number): Pick<RawBlock, "kind" | "level"> {
  if (lines.length > 3 || text.length > 250 || /[.;,]$/.test(text)) return { kind: "paragraph" };
  const size = Math.max(...lines.map((l) => l.size));
  if (!lines.every((l) => l.bold) && size < 1.2 * bodySize) return { kind: "paragraph" };
  return { kind: "heading", level: size >= 1.5 * bodySize ? 1 : 2 };
}

/** The lines, in reading order, made into paragraphs (and headings: short, bold or larger, not ending a sentence). */
export function paragraphsOf(lines: Line[], bodySize: number, hyphenated: ReadonlySet<string>): RawBlock[] {
  const frame = framesOf(lines);
  const drafts: Draft[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const draft = drafts.at(-1);
    const kind = previous && draft ? joinKind(previous, line, frame(line), frame(previous)) : "break";
    if (kind === "break" || !draft) drafts.push({ lines: [line], text: new ParagraphText(line.text) });
    else {
      draft.lines.push(line);
      if (kind === "wrap") draft.text.wrap(line.text, hyphenated);
      else draft.text.newline(line.text);
    }
    previous = line;
  }
  return drafts.map((d) => {
    const text = d.text.toString();
    return { ...kindOf(d.lines, text, bodySize), text, page: d.lines[0]?.page ?? 1 };
  });
}
