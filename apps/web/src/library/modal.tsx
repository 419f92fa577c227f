import { useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useFocusTrap } from "./use-focus-trap.ts";

interface ModalProps {
  labelledBy: string;
  /** Called on Escape; pass a no-op while closing would lose work in flight. */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/** A modal dialog over the page, which is inert meanwhile. It does not close on an outside click: pasted text is too easily lost. */
export function Modal({ labelledBy, onClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref, onClose);
  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        className={className ? `modal ${className}` : "modal"}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
