import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { ariaKeys, isTypingTarget, matchesShortcut, REGISTRY_SHORTCUTS } from "../keyboard/index.ts";
import { AddEntryForm } from "../registry/add-entry-form.tsx";
import { DelegationDetails } from "../registry/delegation-details.tsx";
import { delegationsQuery } from "../registry/delegations-query.ts";
import { NormaliseStatements } from "../registry/normalise-statements.tsx";
import { KINDS, kindsLabel } from "../registry/registry-kinds.ts";
import { RegistryList } from "../registry/registry-list.tsx";
import { type RegistryLocation, readRegistryLocation, registryHref } from "../registry/registry-location.ts";
import { buildSearchIndex, kindCounts, searchEntries } from "../registry/registry-search.ts";
import { useUrlFilter } from "../registry/use-url-filter.ts";

/**
 * `/registry`: who speaks, as the workspace's registry knows them (UN Member States, observer States, groups and
 * organisations), searchable by name, alias, key or ISO code, with the open entry beside the list. The filter, kind
 * and open entry live in the URL (`/registry?q=china&kind=group#G77`), so a link shows the same thing. Admins add
 * entries and aliases, as the list's `can.add` says.
 */
export function RegistryPage() {
  const registry = useQuery(delegationsQuery());
  const [searchParams] = useSearchParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const url = readRegistryLocation(searchParams, hash);
  const go = (next: Partial<RegistryLocation>, replace = false) => void navigate(registryHref({ ...url, ...next }), { replace });
  const [q, setQ] = useUrlFilter(url.q, (text) => go({ q: text }, true));
  const here: RegistryLocation = { ...url, q };
  const [adding, setAdding] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const clearFocus = useCallback(() => setFocusKey(null), []);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || !matchesShortcut(REGISTRY_SHORTCUTS.filter, e)) return;
      e.preventDefault();
      filterRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const index = useMemo(() => buildSearchIndex(registry.data?.items ?? []), [registry.data]);
  const matches = useMemo(() => searchEntries(index, here.q), [index, here.q]);

  if (registry.isPending) return <LoadingState label="Loading the registry…" />;
  if (registry.isError) return <ErrorAlert error={registry.error} onRetry={() => void registry.refetch()} />;
  const { items, can } = registry.data;
  const counts = kindCounts(matches);
  const hits = here.kind ? matches.filter((hit) => hit.entry.kind === here.kind) : matches;
  const selected = here.entry ? (items.find((e) => e.key === here.entry) ?? null) : null;
  const hrefFor = (key: string) => registryHref({ ...here, entry: key });

  return (
    <section className="registry-page" aria-labelledby="registry-heading">
      <div className="codebook-head">
        <h1 id="registry-heading">Registry</h1>
        <div className="codebook-tools">
          <label className="visually-hidden" htmlFor="registry-filter">
            Filter the registry
          </label>
          <input
            id="registry-filter"
            ref={filterRef}
            type="search"
            placeholder="Name, alias or ISO code ( / )"
            aria-keyshortcuts={ariaKeys(REGISTRY_SHORTCUTS.filter)}
            value={here.q}
            onChange={(e) => setQ(e.target.value)}
          />
          {can.add && (
            <button type="button" className="button button-secondary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
              Add entry
            </button>
          )}
        </div>
      </div>
      <p className="registry-intro">
        Who speaks: statements&rsquo; delegations are normalised to these names, and analysis counts by them.
      </p>
      {can.add && <NormaliseStatements />}
      {adding && (
        <AddEntryForm
          items={items}
          hrefFor={hrefFor}
          onCancel={() => setAdding(false)}
          onAdded={(key) => {
            setAdding(false);
            setFocusKey(key);
            // Shown whatever the filter: the new entry would not match what was typed before.
            go({ q: "", kind: null, entry: key });
          }}
        />
      )}
      <div className="registry-kinds" role="group" aria-label="Kind">
        <button type="button" className="registry-kind" aria-pressed={here.kind === null} onClick={() => go({ q, kind: null }, true)}>
          All <span className="registry-kind-count">{matches.length}</span>
        </button>
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="registry-kind"
            aria-pressed={here.kind === kind}
            onClick={() => go({ q, kind: here.kind === kind ? null : kind }, true)}
          >
            {kindsLabel(kind)} <span className="registry-kind-count">{counts[kind]}</span>
          </button>
        ))}
      </div>
      <div className="registry-body">
        <div className="registry-list">
          {hits.length === 0 ? (
            <p className="code-none">{items.length === 0 ? "The registry is empty." : "No entry matches the filter."}</p>
          ) : (
            <RegistryList hits={hits} total={items.length} selectedKey={selected?.key ?? null} hrefFor={hrefFor} />
          )}
        </div>
        <div className="codebook-side registry-side">
          {selected ? (
            <DelegationDetails
              entry={selected}
              items={items}
              canAdd={can.add}
              hrefFor={hrefFor}
              focus={focusKey === selected.key}
              onFocused={clearFocus}
            />
          ) : here.entry ? (
            <p className="code-none" role="status">
              No entry with the key {here.entry} in the registry.
            </p>
          ) : (
            <p className="code-none">Choose an entry to see its aliases{can.add ? ", add one," : ""} and its members or groups.</p>
          )}
        </div>
      </div>
    </section>
  );
}
