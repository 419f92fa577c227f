import { isTypingTarget, type KeyPress, matchesShortcut, PLACING_SHORTCUTS } from "../keyboard/index.ts";

export type PlacingCommand =
  | "next"
  | "previous"
  | "wordBefore"
  | "wordAfter"
  | "lessWords"
  | "moreWords"
  | "clearWords"
  | "paragraphBefore"
  | "paragraphAfter"
  | "confirm"
  | "place"
  | "drop"
  | "undoDrop";

interface KeyInput extends KeyPress {
  target: EventTarget | null;
}

const S = PLACING_SHORTCUTS;

/** The command for a key press on the placing page, or null (typing in a field, a button's own Enter, other keys). */
export function placingCommand(e: KeyInput): PlacingCommand | null {
  if (isTypingTarget(e.target)) return null;
  if (matchesShortcut(S.undoDrop, e)) return "undoDrop";
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const arrow = e.key === "ArrowLeft" ? "left" : e.key === "ArrowRight" ? "right" : null;
  if (arrow && matchesShortcut(S.extendWord, e)) return arrow === "left" ? "lessWords" : "moreWords";
  if (arrow && matchesShortcut(S.selectWord, e)) return arrow === "left" ? "wordBefore" : "wordAfter";
  // Enter on a button or link is that control's own.
  if (e.key === "Enter" && e.target instanceof Element && e.target.closest("button, a")) return null;
  const named = (["next", "previous", "clearWords", "paragraphBefore", "paragraphAfter", "confirm", "place", "drop"] as const).find((c) =>
    matchesShortcut(S[c], e),
  );
  return named ?? null;
}
