import type { DiffRow, WordChange } from "@verbatim/contract";
import type { ReactNode } from "react";

export type DiffSide = "before" | "after";

/**
 * One side of a changed paragraph as React elements (never HTML strings): the words both texts share as text,
 * this side's own words marked (<del> on the older side, <ins> on the newer) and the other side's left out. Screen
 * readers do not announce <ins> and <del>, so each mark says what it is in hidden text.
 */
export function sideWords(words: readonly WordChange[], side: DiffSide): ReactNode[] {
  const own = side === "before" ? "removed" : "added";
  return words.flatMap((word, i): ReactNode[] => {
    if (word.op === "same") return [word.text];
    if (word.op !== own) return [];
    const hint = <span className="visually-hidden">{side === "before" ? "removed: " : "added: "}</span>;
    return [
      side === "before" ? (
        <del key={i}>
          {hint}
          {word.text}
        </del>
      ) : (
        <ins key={i}>
          {hint}
          {word.text}
        </ins>
      ),
    ];
  });
}

/**
 * A row's text on one side: its word diff where it has one; otherwise the whole text, marked as removed or added
 * when the block exists on this side only (deleted, inserted), plain when it is unchanged.
 */
export function sideText(row: DiffRow, side: DiffSide): ReactNode[] | null {
  const block = row[side];
  if (!block) return null;
  if (row.words) return sideWords(row.words, side);
  const other = side === "before" ? row.after : row.before;
  if (other !== null && other.text === block.text) return [block.text];
  if (other === null) return sideWords([{ op: side === "before" ? "removed" : "added", text: block.text }], side);
  return [block.text];
}

/** "split into p4, p9", "merged with p5", "merged into p4": a row's link to the IDs it was split into or merged with. */
export function fateDetail(row: DiffRow): string | null {
  const others = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id !== row.id).join(", ");
  if (row.fate === "split" && row.into) return `split into ${row.into.join(", ")}`;
  if (row.fate === "split" && row.from) return `split from ${row.from.join(", ")}`;
  if (row.fate === "merged" && row.from) return `merged with ${others(row.from) || row.from.join(", ")}`;
  if (row.fate === "merged" && row.into) return `merged into ${row.into.join(", ")}`;
  return null;
}
