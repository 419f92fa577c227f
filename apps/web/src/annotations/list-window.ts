/** Which slice of a long list to render: [from, to). */
export interface ListWindow {
  from: number;
  to: number;
}

export const FIRST_BATCH = 100;
export const NEXT_BATCH = 200;
/** Items rendered each side of an item the list jumps to. */
export const AROUND = 40;

/** The window clamped to the list, moved to show `mustShow` (an index, or -1) when it lies outside. */
export function fitWindow(w: ListWindow, total: number, mustShow: number): ListWindow {
  let { from, to } = w;
  if (mustShow >= 0 && mustShow < total && (mustShow < from || mustShow >= to)) from = Math.max(0, mustShow - AROUND);
  if (from >= total) from = Math.max(0, total - FIRST_BATCH);
  if (mustShow >= 0 && (mustShow < w.from || mustShow >= w.to)) to = from + FIRST_BATCH;
  to = Math.min(total, Math.max(to, from + FIRST_BATCH));
  return from === w.from && to === w.to ? w : { from, to };
}

export const earlier = (w: ListWindow): ListWindow => ({ from: Math.max(0, w.from - NEXT_BATCH), to: w.to });
export const later = (w: ListWindow, total: number): ListWindow => ({ from: w.from, to: Math.min(total, w.to + NEXT_BATCH) });
