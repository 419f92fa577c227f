import { GLOBAL_SHORTCUTS, useGlobalShortcut } from "../keyboard/index.ts";

/**
 * Calls `onSearch` when / is pressed anywhere, except while typing or while a dialog is open. It listens on the
 * window, after the document's listeners, so a page whose own filter takes / (the codebook, the registry: they mark
 * the press handled) keeps it.
 */
export const useSearchKey = (onSearch: () => void): void => useGlobalShortcut(GLOBAL_SHORTCUTS.search, onSearch, "window");
