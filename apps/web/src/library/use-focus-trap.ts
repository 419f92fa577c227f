import { useEffect, useEffectEvent, useState, type RefObject } from "react";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest("[hidden], [inert]"));
}

/**
 * Keeps keyboard focus inside a modal: the rest of the page is made inert, Tab and Shift+Tab wrap around,
 * Escape asks to close, and on close focus goes back to whatever opened the modal.
 */
export function useFocusTrap(ref: RefObject<HTMLElement | null>, onEscape: () => void): void {
  // Read at first render, before any autoFocus inside the modal moves focus away from the opener.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const escape = useEffectEvent(onEscape);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const background = Array.from(document.body.children).filter((el) => !el.contains(node) && !el.hasAttribute("inert"));
    for (const el of background) el.setAttribute("inert", "");
    if (!node.contains(document.activeElement)) (focusables(node)[0] ?? node).focus();

    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        event.preventDefault();
        escape();
        return;
      }
      if (event.key !== "Tab" || !node) return;
      const items = focusables(node);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && (document.activeElement === first || !node.contains(document.activeElement))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
    node.addEventListener("keydown", onKeyDown);
    return () => {
      node.removeEventListener("keydown", onKeyDown);
      for (const el of background) el.removeAttribute("inert");
      // StrictMode re-runs effects on a modal still on screen; only a modal really gone hands focus back.
      if (!node.isConnected && opener?.isConnected) opener.focus();
    };
  }, [ref, opener]);
}
