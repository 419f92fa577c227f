import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

const printQuery = (): MediaQueryList | null => (typeof matchMedia === "function" ? matchMedia("print") : null);

/**
 * Whether the page is being printed: from the print dialog (beforeprint/afterprint) or print media emulation
 * (the media query's change). The browser lays the page out for paper right after beforeprint, so that update
 * is flushed at once.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const query = printQuery();
    const onChange = () => setPrinting(query?.matches ?? false);
    const onBeforePrint = () => flushSync(() => setPrinting(true));
    query?.addEventListener("change", onChange);
    window.addEventListener("beforeprint", onBeforePrint);
    window.addEventListener("afterprint", onChange);
    return () => {
      query?.removeEventListener("change", onChange);
      window.removeEventListener("beforeprint", onBeforePrint);
      window.removeEventListener("afterprint", onChange);
    };
  }, []);
  return printing;
}
