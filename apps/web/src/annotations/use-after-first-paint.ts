import { useEffect, useState } from "react";

/**
 * The value, held back until a frame has been painted after it first arrived; later values pass at once.
 * The reader paints a statement's thousands of highlights in that first frame, and the side panel's list
 * follows it rather than competing with it.
 */
export function useAfterFirstPaint<T>(value: T | undefined): T | undefined {
  const [painted, setPainted] = useState(false);
  const arrived = value !== undefined;
  useEffect(() => {
    if (painted || !arrived) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted, arrived]);
  return painted ? value : undefined;
}
