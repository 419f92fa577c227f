import { type RefObject, useLayoutEffect, useState } from "react";

/** jsdom, which the tests run in, has no showModal(); every browser the app supports has. */
const canShowModal = typeof HTMLDialogElement === "function" && typeof HTMLDialogElement.prototype.showModal === "function";

/** Opens the dialog as the browser's modal; returns how to close it. */
function openModal(dialog: HTMLDialogElement): () => void {
  if (canShowModal) {
    dialog.showModal();
    return () => dialog.close();
  }
  // Without showModal: open it, and make the rest of the page inert as showModal would.
  dialog.setAttribute("open", "");
  const background = Array.from(document.body.children).filter((el) => !el.contains(dialog) && !el.hasAttribute("inert"));
  for (const el of background) el.setAttribute("inert", "");
  return () => {
    dialog.removeAttribute("open");
    for (const el of background) el.removeAttribute("inert");
  };
}

/**
 * Shows the dialog as a modal for as long as the component is mounted, moves focus to its `data-autofocus`
 * field (else the browser's choice, its first focusable element), and on unmount hands focus back to whatever
 * had it before: a dialog removed from the page does not do that by itself.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  // Read at first render, before an autoFocus inside the dialog can take the focus from the opener.
  const [opener] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const close = openModal(dialog);
    const first = dialog.querySelector<HTMLElement>("[data-autofocus]");
    if (first) first.focus();
    else if (!dialog.contains(document.activeElement)) dialog.focus();
    return () => {
      close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [ref, opener]);
}
