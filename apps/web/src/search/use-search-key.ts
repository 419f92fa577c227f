import { useEffect, useEffectEvent } from "react";
import { GLOBAL_SHORTCUTS, isTypingTarget, matchesShortcut } from "../keyboard/index.ts";

/**
 * Calls `onSearch` when / is pressed anywhere, except while typing or while a dialog is open. It listens on the
 * window, after the document's listeners, so a page whose own filter takes / (the codebook, the registry: they mark
 * the press handled) keeps it.
 */
export function useSearchKey(onSearch: () => void): void {
  const run = useEffectEvent(onSearch);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !matchesShortcut(GLOBAL_SHORTCUTS.search, event) || isTypingTarget(event.target)) return;
      if (document.querySelector("[aria-modal='true']")) return;
      event.preventDefault();
      run();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
