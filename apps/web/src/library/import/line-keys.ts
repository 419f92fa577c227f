import type { ImportEdit } from "@verbatim/contract";
import { IMPORT_SHORTCUTS } from "../../keyboard/shortcuts.ts";
import { matchesShortcut, type KeyPress } from "../../keyboard/shortcut-keys.ts";

export type LineRole = Extract<ImportEdit, { op: "mark" }>["as"];

/** What a key does to a focused line of the preview. */
export type LineCommand =
  { kind: "mark"; as: LineRole } | { kind: "merge" } | { kind: "split" } | { kind: "undo" } | { kind: "move"; by: 1 | -1 };

/** The roles a line can be given, in the menu's order, with the key each takes. */
export const ROLE_COMMANDS: readonly { as: LineRole; label: string; shortcut: keyof typeof IMPORT_SHORTCUTS }[] = [
  { as: "title", label: "Title", shortcut: "markTitle" },
  { as: "speaker", label: "Speaker", shortcut: "markSpeaker" },
  { as: "delegation", label: "Delegation", shortcut: "markDelegation" },
  { as: "date", label: "Date", shortcut: "markDate" },
  { as: "forum", label: "Forum", shortcut: "markForum" },
  { as: "paragraph", label: "Paragraph", shortcut: "markParagraph" },
  { as: "heading", label: "Heading", shortcut: "markHeading" },
  { as: "drop", label: "Drop", shortcut: "drop" },
];

/**
 * The command a key press gives a focused line, or null to leave the key to the browser (Tab, arrows that move the
 * caret). A dropped line cannot be merged, split or dropped again.
 */
export function lineCommand(press: KeyPress, line: "block" | "dropped"): LineCommand | null {
  if (matchesShortcut(IMPORT_SHORTCUTS.undo, press)) return { kind: "undo" };
  if (matchesShortcut(IMPORT_SHORTCUTS.nextLine, press)) return { kind: "move", by: 1 };
  if (matchesShortcut(IMPORT_SHORTCUTS.previousLine, press)) return { kind: "move", by: -1 };
  if (line === "block" && matchesShortcut(IMPORT_SHORTCUTS.merge, press)) return { kind: "merge" };
  if (line === "block" && matchesShortcut(IMPORT_SHORTCUTS.split, press) && !press.shiftKey) return { kind: "split" };
  for (const role of ROLE_COMMANDS) {
    if (line === "dropped" && role.as === "drop") continue;
    if (matchesShortcut(IMPORT_SHORTCUTS[role.shortcut], press)) return { kind: "mark", as: role.as };
  }
  return null;
}

/** The edit a command makes on the i-th block or dropped line; a split needs the caret's offset inside the text. */
export function editFor(command: LineCommand, line: "block" | "dropped", index: number, caret: number | null): ImportEdit | null {
  switch (command.kind) {
    case "mark":
      return line === "block" ? { op: "mark", block: index, as: command.as } : { op: "markDropped", line: index, as: command.as };
    case "merge":
      return line === "block" ? { op: "merge", block: index } : null;
    case "split":
      return line === "block" && caret !== null && caret > 0 ? { op: "split", block: index, at: caret } : null;
    default:
      return null;
  }
}
