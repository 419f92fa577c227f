import { useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from "react";
import { createPortal } from "react-dom";
import { useModalDialog } from "./use-modal-dialog.ts";
import { wrapTab } from "./wrap-tab.ts";

interface ModalProps {
  labelledBy: string;
  /** Called on Escape; pass a no-op while closing would lose work in flight. */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog over the page: a native <dialog> shown with showModal(), so the browser makes the page inert,
 * keeps focus off it and draws the ::backdrop; Tab goes round the dialog's controls. It stays open while
 * mounted: Escape asks the owner to close it (which unmounts it), and an outside click does nothing, since
 * pasted text is too easily lost. A field marked `data-autofocus` takes the focus when it opens (React's
 * autoFocus runs before the dialog is shown, too early to count).
 */
export function Modal({ labelledBy, onClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      // Handled here, not left to the browser's close request, so that a no-op onClose keeps the dialog open.
      event.preventDefault();
      onClose();
    } else if (ref.current) {
      wrapTab(ref.current, event);
    }
  };
  // Other close requests (a phone's back gesture) ask the owner too; the dialog itself never closes on its own.
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };
  return createPortal(
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={labelledBy}
      className={className ? `modal ${className}` : "modal"}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      {children}
    </dialog>,
    document.body,
  );
}
