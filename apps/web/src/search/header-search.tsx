import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { ariaKeys, GLOBAL_SHORTCUTS } from "../keyboard/index.ts";
import { EMPTY_SEARCH, searchHref } from "./search-url.ts";
import { useSearchKey } from "./use-search-key.ts";

/** The banner's search box: / focuses it from anywhere, Enter opens the search page on the words (a new search). */
export function HeaderSearch() {
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  useSearchKey(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(searchHref({ ...EMPTY_SEARCH, q: text.trim() }));
    // The search page shows the words in its own box; this one is ready for the next search.
    setText("");
    inputRef.current?.blur();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Escape" || text === "") return;
    e.preventDefault();
    setText("");
  };

  return (
    <form role="search" aria-label="Everywhere" className="header-search" onSubmit={submit}>
      <input
        ref={inputRef}
        type="search"
        aria-label="Search everything"
        aria-keyshortcuts={ariaKeys(GLOBAL_SHORTCUTS.search)}
        placeholder="Search  /"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
