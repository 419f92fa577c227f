import { useEffect } from "react";
import { Link } from "react-router";
import { kindLabel } from "./registry-kinds.ts";
import type { SearchHit } from "./registry-search.ts";

interface RegistryListProps {
  hits: readonly SearchHit[];
  total: number;
  selectedKey: string | null;
  hrefFor: (key: string) => string;
}

export const rowId = (key: string) => `registry-entry-${key}`;

/** The entries matching the filter, as a table: each name links to the entry (`#KEY`), which opens beside it. */
export function RegistryList({ hits, total, selectedKey, hrefFor }: RegistryListProps) {
  // A deep link (or a new entry) may open one far down the list: bring its row into view.
  useEffect(() => {
    if (selectedKey) document.getElementById(rowId(selectedKey))?.scrollIntoView?.({ block: "nearest" });
  }, [selectedKey]);
  return (
    <table className="registry-table">
      <caption>{hits.length < total ? `${hits.length} of ${total} entries` : `${total} entries`}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">ISO 3166</th>
          <th scope="col">Aliases</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {hits.map(({ entry, alias }) => {
          const selected = entry.key === selectedKey;
          const codes = [entry.iso2, entry.iso3].filter(Boolean).join(" · ");
          return (
            <tr key={entry.key} id={rowId(entry.key)} className={selected ? "is-selected" : undefined}>
              <th scope="row">
                <Link to={hrefFor(entry.key)} aria-current={selected ? "true" : undefined}>
                  {entry.name}
                </Link>
                {alias && (
                  <>
                    {" "}
                    <span className="registry-alias">also ‘{alias}’</span>
                  </>
                )}
              </th>
              <td className="registry-kind-cell">{kindLabel(entry.kind)}</td>
              <td className="registry-codes">{codes || <span className="code-none">—</span>}</td>
              <td className="registry-number">{entry.aliases.length}</td>
              <td className="registry-source">{entry.builtIn ? "Built in" : <span className="registry-added">Added</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
