import { type KeyPress, matchesShortcut, REVIEW_SHORTCUTS } from "../keyboard/index.ts";

/** What a key does in the review queue. */
export type QueueCommand = "next" | "previous" | "accept" | "reject" | "dispute";

const COMMANDS: readonly QueueCommand[] = ["next", "previous", "accept", "reject", "dispute"];

export interface KeyInput extends KeyPress {
  /** The element the key was typed into. */
  target: EventTarget | null;
}

/** Keys typed into a field are the user's text, never a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === "undefined" || !(target instanceof Element)) return false;
  return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !== null;
}

/** The command for a key press, or null: modified keys (Ctrl+R reloads) and typing are left alone. */
export function queueCommand(e: KeyInput): QueueCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  return COMMANDS.find((command) => matchesShortcut(REVIEW_SHORTCUTS[command], e)) ?? null;
}

/** Where the reviewer is: the current item's ID, and its index to fall back on when that item leaves the list. */
export interface QueuePosition {
  id: string | null;
  index: number;
}

/**
 * The current item in a list that changes under it: the same item while it is there, else whatever took its
 * place (the next one after a decision), else the last. Null when the list is empty.
 */
export function resolveCurrent(ids: readonly string[], pos: QueuePosition): QueuePosition {
  if (ids.length === 0) return { id: null, index: 0 };
  const at = pos.id === null ? -1 : ids.indexOf(pos.id);
  if (at !== -1) return { id: pos.id, index: at };
  const index = Math.min(Math.max(pos.index, 0), ids.length - 1);
  return { id: ids[index] ?? null, index };
}

/** J and K: one step, stopping at either end. */
export function moveCurrent(ids: readonly string[], pos: QueuePosition, step: 1 | -1): QueuePosition {
  const here = resolveCurrent(ids, pos);
  if (here.id === null) return here;
  const index = Math.min(Math.max(here.index + step, 0), ids.length - 1);
  return { id: ids[index] ?? null, index };
}
