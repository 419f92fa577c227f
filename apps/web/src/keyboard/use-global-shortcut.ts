import { useEffect, useEffectEvent } from "react";
import { matchesShortcut } from "./shortcut-keys.ts";
import type { Shortcut } from "./shortcuts.ts";
import { isTypingTarget } from "./typing-target.ts";

/**
 * Calls `onPress` when `shortcut` is pressed anywhere on the page, except while typing, while a dialog is open, or
 * once a listener before it handled the press. `target` "window" hears the press after the document's listeners, so
 * a page with its own use of the key (marking the press handled) keeps it.
 */
export function useGlobalShortcut(shortcut: Shortcut, onPress: () => void, target: "document" | "window" = "document"): void {
  const run = useEffectEvent(onPress);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !matchesShortcut(shortcut, event) || isTypingTarget(event.target)) return;
      if (document.querySelector("[aria-modal='true']")) return;
      event.preventDefault();
      run();
    }
    const on = target === "window" ? window : document;
    on.addEventListener("keydown", onKeyDown as EventListener);
    return () => on.removeEventListener("keydown", onKeyDown as EventListener);
  }, [shortcut, target]);
}
