import { useState, type FormEvent } from "react";

/** Searches on submit (Enter or the button), so each keystroke does not refetch the library. */
export function StatementSearch({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(query);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <label htmlFor="statement-search" className="visually-hidden">
        Search statements
      </label>
      <input
        id="statement-search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search by title, delegation or forum"
      />
      <button type="submit" className="button button-secondary">
        Search
      </button>
    </form>
  );
}
