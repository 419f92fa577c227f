import { useEffect, useEffectEvent } from "react";
import { matchesShortcut } from "./shortcut-keys.ts";
import { GLOBAL_SHORTCUTS } from "./shortcuts.ts";
import { isTypingTarget } from "./typing-target.ts";

/** Calls `onHelp` when ? is pressed anywhere on the page, except while typing or while a dialog is open. */
export function useHelpKey(onHelp: () => void): void {
  const run = useEffectEvent(onHelp);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !matchesShortcut(GLOBAL_SHORTCUTS.help, event) || isTypingTarget(event.target)) return;
      if (document.querySelector("[aria-modal='true']")) return;
      event.preventDefault();
      run();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
