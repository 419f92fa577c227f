/**
 * The order Tab and Shift+Tab walk suggestions in: reading order (paragraph, then offset), ties broken by end and
 * ID so that two suggestions on the same words always come in the same order. Pure, over plain targets.
 */

export interface Placed {
  id: string;
  target: { paragraphId: string; start: number; end: number };
}

/** Where a suggestion sits, comparable without its paragraph ID: what stays known once it has left the list. */
export interface SuggestionPlace {
  block: number;
  start: number;
  end: number;
  id: string;
}

export function placeOf(item: Placed, blockOrder: ReadonlyMap<string, number>): SuggestionPlace {
  // A paragraph the shown text lacks sorts last rather than failing: the list is refreshed with the text anyway.
  const block = blockOrder.get(item.target.paragraphId) ?? Number.MAX_SAFE_INTEGER;
  return { block, start: item.target.start, end: item.target.end, id: item.id };
}

export function comparePlaces(a: SuggestionPlace, b: SuggestionPlace): number {
  return a.block - b.block || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The suggestions in reading order (a new array). */
export function inReadingOrder<T extends Placed>(items: readonly T[], blockOrder: ReadonlyMap<string, number>): T[] {
  return items
    .map((item) => ({ item, place: placeOf(item, blockOrder) }))
    .sort((a, b) => comparePlaces(a.place, b.place))
    .map(({ item }) => item);
}

/**
 * The suggestion after (or before) `from` in `ordered` (reading order), or null past the last (or before the
 * first): Tab then leaves the text as it would outside the mode, so the keyboard is never trapped. From nowhere,
 * forward is the first and backward the last. `from` need not be in the list (the one just accepted).
 */
export function stepFrom<T extends Placed>(
  ordered: readonly T[],
  blockOrder: ReadonlyMap<string, number>,
  from: SuggestionPlace | null,
  direction: "forward" | "backward",
): T | null {
  if (ordered.length === 0) return null;
  if (!from) return (direction === "forward" ? ordered[0] : ordered[ordered.length - 1]) ?? null;
  if (direction === "forward") return ordered.find((item) => comparePlaces(placeOf(item, blockOrder), from) > 0) ?? null;
  return ordered.findLast((item) => comparePlaces(placeOf(item, blockOrder), from) < 0) ?? null;
}

/** Which suggestion becomes current once `gone` leaves the list: the next one, or the one before at the end. */
export function afterRemoving<T extends Placed>(
  ordered: readonly T[],
  blockOrder: ReadonlyMap<string, number>,
  gone: SuggestionPlace,
): T | null {
  const rest = ordered.filter((item) => item.id !== gone.id);
  return stepFrom(rest, blockOrder, gone, "forward") ?? stepFrom(rest, blockOrder, gone, "backward");
}

/** The blocks' order by ID, from the statement's paragraphs as the reader shows them. */
export const blockOrderOf = (paragraphs: readonly { id: string }[]): Map<string, number> => new Map(paragraphs.map((p, i) => [p.id, i]));
