import { GLOBAL_SHORTCUTS } from "./shortcuts.ts";
import { useGlobalShortcut } from "./use-global-shortcut.ts";

/** Calls `onHelp` when ? is pressed anywhere on the page, except while typing or while a dialog is open. */
export const useHelpKey = (onHelp: () => void): void => useGlobalShortcut(GLOBAL_SHORTCUTS.help, onHelp);
