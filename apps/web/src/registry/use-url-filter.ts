import { useEffect, useRef, useState } from "react";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";

const WRITE_AFTER_MS = 250;

/**
 * The filter as typed, written to the URL (`?q=`) once typing pauses. The field shows the typed text, never the URL's:
 * a navigation per key press lands after the next key and would drop letters. A change of the URL from elsewhere
 * (Back, a link, the page clearing it) replaces the text.
 */
export function useUrlFilter(urlValue: string, write: (q: string) => void): [string, (q: string) => void] {
  const [text, setText] = useState(urlValue);
  const written = useRef(urlValue);
  const writeRef = useRef(write);
  // The latest callback (it reads the page's current URL); declared first, so it is in place for the write below.
  useEffect(() => {
    writeRef.current = write;
  });
  const settled = useDebouncedValue(text, WRITE_AFTER_MS);

  useEffect(() => {
    if (settled === written.current) return;
    written.current = settled;
    writeRef.current(settled);
  }, [settled]);

  useEffect(() => {
    if (urlValue === written.current) return;
    written.current = urlValue;
    setText(urlValue);
  }, [urlValue]);

  return [text, setText];
}
