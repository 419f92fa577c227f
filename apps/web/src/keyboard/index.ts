export { ariaKeys, keyLabel, keyLabels, matchesShortcut, withKeys, type KeyPress } from "./shortcut-keys.ts";
export { ShortcutLegend } from "./shortcut-legend.tsx";
export { ShortcutsHelp } from "./shortcuts-help.tsx";
export {
  CODEBOOK_SHORTCUTS,
  GLOBAL_SHORTCUTS,
  IMPORT_SHORTCUTS,
  LIBRARY_SHORTCUTS,
  PLACING_SHORTCUTS,
  READER_SHORTCUTS,
  REGISTRY_SHORTCUTS,
  REVIEW_SHORTCUTS,
  shortcutGroups,
  type Shortcut,
  type ShortcutScope,
} from "./shortcuts.ts";
export { isTypingTarget } from "./typing-target.ts";
export { useGlobalShortcut } from "./use-global-shortcut.ts";
