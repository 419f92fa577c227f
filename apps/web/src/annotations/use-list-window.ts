import { type RefObject, useCallback, useEffect, useState } from "react";
import { type ListWindow, earlier, fitWindow, FIRST_BATCH, later } from "./list-window.ts";

function useSentinel(sentinel: RefObject<HTMLElement | null>, active: boolean, onVisible: () => void) {
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !active || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onVisible());
    observer.observe(element);
    return () => observer.disconnect();
  }, [sentinel, active, onVisible]);
}

/**
 * Renders a long list a slice at a time, so 5,000 annotations do not hold up the page: more items join as a
 * sentinel at either end scrolls into view, and the slice jumps to an item selected elsewhere (`mustShow`).
 */
export function useListWindow(total: number, mustShow: number, top: RefObject<HTMLElement | null>, bottom: RefObject<HTMLElement | null>) {
  const [stored, setStored] = useState<ListWindow>({ from: 0, to: FIRST_BATCH });
  const window = fitWindow(stored, total, mustShow);
  // Keep a jump, so scrolling on from there extends the slice it jumped to (React's "adjust state while rendering").
  if (window !== stored) setStored(window);
  const showEarlier = useCallback(() => setStored((w) => earlier(w)), []);
  const showLater = useCallback(() => setStored((w) => later(w, total)), [total]);
  useSentinel(top, window.from > 0, showEarlier);
  useSentinel(bottom, window.to < total, showLater);
  return { ...window, showEarlier, showLater };
}
