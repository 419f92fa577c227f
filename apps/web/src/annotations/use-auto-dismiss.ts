import { useEffect, useRef, useState } from "react";

/**
 * Calls `dismiss` after `ms`, counting afresh whenever the pointer or focus leaves the notice, so nobody loses a
 * notice while reading it or reaching its button (WCAG 2.2.1). Spread the returned handlers on the notice.
 */
export function useAutoDismiss(ms: number, dismiss: () => void) {
  const [paused, setPaused] = useState(false);
  const latest = useRef(dismiss);
  useEffect(() => {
    latest.current = dismiss;
  });
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => latest.current(), ms);
    return () => clearTimeout(timer);
  }, [ms, paused]);
  return {
    onMouseEnter: () => setPaused(true),
    onMouseLeave: () => setPaused(false),
    onFocus: () => setPaused(true),
    onBlur: () => setPaused(false),
  };
}
