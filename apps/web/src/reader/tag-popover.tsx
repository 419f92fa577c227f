import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

interface TagPopoverProps {
  label: string;
  /** The selection's bounds in the viewport when tagging began; null places the popover at the top of the text. */
  anchor: DOMRect | null;
  children: ReactNode;
}

const WIDTH = 400;
const MARGIN = 12;

/** Where the popover goes in page coordinates: under the selection, kept inside the window's width. */
function place(anchor: DOMRect | null, height: number): { top: number; left: number } {
  const left = Math.max(MARGIN, Math.min((anchor?.left ?? MARGIN) - 16, window.innerWidth - WIDTH - MARGIN)) + window.scrollX;
  if (!anchor) return { top: window.scrollY + MARGIN * 6, left };
  const below = anchor.bottom + MARGIN;
  // Above the selection when it would not fit below and there is room above.
  const fitsBelow = below + height <= window.innerHeight || anchor.top - height - MARGIN < 0;
  return { top: window.scrollY + (fitsBelow ? below : anchor.top - height - MARGIN), left };
}

/**
 * The tagging form's frame: a non-modal dialog beside the selection, so the text stays in view while the
 * attributes are chosen. The form inside takes focus, saves on Enter and cancels on Escape.
 */
export function TagPopover({ label, anchor, children }: TagPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed at once (never hidden: the form focuses its first field as it mounts), then once more when its
  // height is known; not after that, since following layout changes would move the form while typing.
  const [position, setPosition] = useState(() => place(anchor, 0));
  useLayoutEffect(() => {
    setPosition(place(anchor, ref.current?.offsetHeight ?? 0));
  }, [anchor]);
  // Where neither below nor above the selection has room, scroll just enough to show the whole form, and
  // again as it grows (chips, a longer note), so its buttons stay in view.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const show = () => {
      element.scrollIntoView?.({ block: "nearest" });
    };
    show();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(show);
    observer.observe(element);
    return () => observer.disconnect();
  }, [position]);
  return (
    <div ref={ref} role="dialog" aria-label={label} className="tag-popover" style={{ top: position.top, left: position.left }}>
      {children}
    </div>
  );
}
