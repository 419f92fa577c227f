import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { statementsMatchingQuery } from "./search-query.ts";

/** Statements whose title, delegation or forum match the words (the library's metadata search), above the results. */
export function MatchingStatements({ q }: { q: string }) {
  const statements = useQuery(statementsMatchingQuery(q));
  const items = statements.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="search-statements" aria-labelledby="search-statements-heading">
      <h2 id="search-statements-heading">Statements by title, delegation or forum</h2>
      <ul>
        {items.map((s) => (
          <li key={s.id}>
            <Link to={`/s/${encodeURIComponent(s.slug)}`}>{s.title}</Link>
            <span className="search-statements-meta">{[s.delegation, s.forum, s.date].filter(Boolean).join(" · ")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
