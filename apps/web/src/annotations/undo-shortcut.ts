import { type KeyPress, matchesShortcut, READER_SHORTCUTS } from "../keyboard/index.ts";

/** Whether a key press is Ctrl+Z (Cmd+Z on a Mac) without Shift, which would mean redo. */
export function isUndoShortcut(e: KeyPress): boolean {
  return matchesShortcut(READER_SHORTCUTS.undoDelete, e);
}

/** Text fields and editors keep Ctrl+Z for their own undo. */
export function isTextEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (!(target instanceof HTMLInputElement)) return false;
  return !target.readOnly && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
}
