import { useLayoutEffect, type RefObject } from "react";
import { placePopover, type Box, type WordsAnchor } from "./popover-placement.ts";

/**
 * Places an absolutely positioned popover about some words (the toolbar, the highlight card) once it is drawn
 * and its size is known, before the browser paints: beside the text, or under the words (over them where it
 * `mayGoAbove`). `origin` is the box its offsets are measured from, taken with the anchor.
 */
export function usePopoverPlacement(ref: RefObject<HTMLElement | null>, anchor: WordsAnchor, origin: Box, mayGoAbove: boolean) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const placed = placePopover({
      ...anchor,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      size: { width: element.offsetWidth, height: element.offsetHeight },
      mayGoAbove,
    });
    element.style.left = `${placed.left - origin.left}px`;
    element.style.top = `${placed.top - origin.top}px`;
    element.dataset.side = placed.side;
  });
}
