import { useState } from "react";
import { useCurrentText } from "./use-current-text.ts";
import type { Placement } from "./use-placements.ts";

/** The paragraph of the current text shown for choosing words; `start` and `end` mark a fuzzy match's proposal. */
export interface ShownParagraph {
  paragraphId: string;
  number: number | null;
  text: string;
  start?: number;
  end?: number;
  /** The paragraph the API gave with the item (a fuzzy match's own, an orphan's nearest). */
  isNow: boolean;
}

/**
 * The item's current paragraph first, and through [ and ] any other of the statement's current text (read from the
 * reader's cache entry, only while it is the revision the item was listed against), so an orphan's words can be
 * chosen wherever they now are.
 */
export function useShownParagraph(item: Placement | undefined) {
  const text = useCurrentText(item?.statement.slug);
  const [shown, setShown] = useState<{ id: string; paragraphId: string } | null>(null);
  const blocks = text.data && item && text.data.revision === item.statement.revision ? text.data.paragraphs : [];
  const itemId = item?.annotation.id;
  const shownId = shown && shown.id === itemId ? shown.paragraphId : (item?.now?.paragraphId ?? blocks[0]?.id);
  const block = blocks.find((b) => b.id === shownId);
  const paragraph: ShownParagraph | undefined =
    item?.now && shownId === item.now.paragraphId
      ? { ...item.now, isNow: true }
      : block && { paragraphId: block.id, number: block.number, text: block.text, isNow: false };
  const at = blocks.findIndex((b) => b.id === shownId);
  const step = (by: 1 | -1) => {
    const next = at >= 0 ? blocks[at + by] : undefined;
    if (itemId && next) setShown({ id: itemId, paragraphId: next.id });
  };
  return { paragraph, step, canStep: { before: at > 0, after: at >= 0 && at < blocks.length - 1 } };
}
