import { useEffect, useEffectEvent } from "react";
import { isTypingTarget } from "../keyboard/index.ts";
import { suggestionKeyAction } from "./suggestion-keys.ts";
import type { SuggestionMode } from "./use-suggestion-mode.ts";

const within = (target: EventTarget | null, selector: string): boolean => target instanceof Element && target.closest(selector) !== null;

/**
 * The suggestion keys on the reader page, read before the text's own (capture phase), since Enter and Escape mean
 * something else there outside the mode. `onEnter` runs when the mode is switched on, to bring focus to the text.
 */
export function useSuggestionKeys(mode: SuggestionMode, enabled: boolean, onEnter: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target) || document.querySelector("[aria-modal='true']")) return;
    const action = suggestionKeyAction(event, {
      on: mode.on,
      inText: within(event.target, ".reader-text"),
      inPanel: within(event.target, ".suggestion-panel"),
    });
    if (!action) return;
    if (action === "next" || action === "previous") {
      // Past the last (or before the first) suggestion, Tab moves focus on as usual: no keyboard trap. While the list
      // is still loading it does nothing, rather than leaving the text a moment before there is something to move to.
      if (!mode.loading && !mode.step(action === "next" ? "forward" : "backward")) return;
    } else if (action === "toggle") {
      if (!mode.on) onEnter();
      mode.toggle();
    } else if (action === "leave") mode.leave();
    else if (action === "accept") mode.accept();
    else if (action === "edit") mode.startEditing();
    else mode.dismiss();
    event.preventDefault();
    event.stopPropagation();
  });

  useEffect(() => {
    if (!enabled) return undefined;
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [enabled]);
}
