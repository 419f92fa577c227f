import { useEffect, useRef, useState, type FormEvent } from "react";

/** How long typing must pause before the library searches: long enough to skip keystrokes, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

interface StatementSearchBoxProps {
  /** The search in the URL; the box follows it when it changes from outside (Back, a link). */
  query: string;
  onSearch: (q: string) => void;
}

/** Searches as the analyst types, after a pause; Enter searches at once. */
export function StatementSearchBox({ query, onSearch }: StatementSearchBoxProps) {
  const [text, setText] = useState(query);
  const [followed, setFollowed] = useState(query);
  const timer = useRef<number | undefined>(undefined);

  if (query !== followed) {
    setFollowed(query);
    if (query !== text.trim()) setText(query);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onChange(value: string) {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onSearch(value.trim()), SEARCH_DEBOUNCE_MS);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    window.clearTimeout(timer.current);
    onSearch(text.trim());
  }

  return (
    <form className="library-search" role="search" onSubmit={onSubmit}>
      <label htmlFor="statement-search">Search statements</label>
      <input
        id="statement-search"
        type="search"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Title, delegation or forum"
        autoComplete="off"
      />
    </form>
  );
}
