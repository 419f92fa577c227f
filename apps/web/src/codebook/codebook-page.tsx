import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { ariaKeys, CODEBOOK_SHORTCUTS, isTypingTarget, matchesShortcut } from "../keyboard/index.ts";
import { codesQuery, type Code, type CodeType } from "../queries/codebook-query.ts";
import { BulkDialog } from "./bulk-dialog.tsx";
import { CodebookNoticesView } from "./codebook-notices-view.tsx";
import { CodeDetails } from "./code-details.tsx";
import { buildTree, codeMatches, filterTree, pathTo } from "./code-tree.ts";
import { CodeTreeView } from "./code-tree-view.tsx";
import { ImportQdcButton } from "./import-qdc-button.tsx";
import { NewCodeForm } from "./new-code-form.tsx";
import { ReviewList } from "./review-list.tsx";

const SECTIONS: { type: CodeType; title: string }[] = [
  { type: "topic", title: "Topics" },
  { type: "label", title: "Labels" },
];

/**
 * `/codebook`: the workspace's topics and labels as trees with a filter, the new codes waiting for review, and the
 * selected code's details and actions beside them. What the member may do comes from the list's `can`.
 */
export function CodebookPage() {
  const codebook = useQuery(codesQuery());
  const [filter, setFilter] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [bulk, setBulk] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || !matchesShortcut(CODEBOOK_SHORTCUTS.filter, e)) return;
      e.preventDefault();
      filterRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  if (codebook.isPending) return <LoadingState label="Loading the codebook…" />;
  if (codebook.isError) return <ErrorAlert error={codebook.error} onRetry={() => void codebook.refetch()} />;
  const { items: codes, can } = codebook.data;
  const selected = codes.find((c) => c.id === selectedId) ?? null;

  const expand = (id: string, open: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  /** Selects a code and opens the way to it, so it is in view in its tree. */
  const select = (id: string | null) => {
    setSelectedId(id);
    if (!id) return;
    const code = codes.find((c) => c.id === id);
    if (!code) return;
    const path = pathTo(buildTree(codes.filter((c) => c.type === code.type)), id).slice(0, -1);
    if (path.length > 0) setExpanded((s) => new Set([...s, ...path]));
    setFocusId(id);
  };

  return (
    <section className="codebook-page" aria-labelledby="codebook-heading">
      <div className="codebook-head">
        <h1 id="codebook-heading">Codebook</h1>
        <div className="codebook-tools">
          <label className="visually-hidden" htmlFor="codebook-filter">
            Filter codes
          </label>
          <input
            id="codebook-filter"
            ref={filterRef}
            type="search"
            placeholder="Filter codes ( / )"
            aria-keyshortcuts={ariaKeys(CODEBOOK_SHORTCUTS.filter)}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          {can.create && (
            <button type="button" className="button button-secondary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
              New code
            </button>
          )}
          {can.govern && (
            <>
              <ImportQdcButton />
              <button type="button" className="button button-secondary" onClick={() => setBulk(true)}>
                Apply to annotations…
              </button>
            </>
          )}
        </div>
      </div>
      {adding && (
        <NewCodeForm
          codes={codes}
          onCancel={() => setAdding(false)}
          onCreated={(id) => {
            setAdding(false);
            select(id);
          }}
        />
      )}
      {can.govern && <ReviewList codes={codes} onSelect={select} />}
      <div className="codebook-body">
        <div className="codebook-trees">
          {SECTIONS.map(({ type, title }) => (
            <CodeSection
              key={type}
              title={title}
              codes={codes.filter((c) => c.type === type)}
              filter={filter}
              expanded={expanded}
              selectedId={selectedId}
              focusId={focusId}
              onExpand={expand}
              onSelect={select}
              onFocusCode={setFocusId}
            />
          ))}
        </div>
        <div className="codebook-side">
          {selected ? (
            <CodeDetails code={selected} codes={codes} canGovern={can.govern} onSelect={select} />
          ) : (
            <p className="code-none">Choose a code to see its definition, examples{can.govern ? " and actions" : ""}.</p>
          )}
        </div>
      </div>
      {bulk && <BulkDialog codes={codes} onClose={() => setBulk(false)} />}
      <CodebookNoticesView />
    </section>
  );
}

interface CodeSectionProps {
  title: string;
  codes: readonly Code[];
  filter: string;
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  focusId: string | null;
  onExpand: (id: string, open: boolean) => void;
  onSelect: (id: string) => void;
  onFocusCode: (id: string) => void;
}

function CodeSection({ title, codes, filter, ...tree }: CodeSectionProps) {
  const nodes = filterTree(buildTree(codes), filter);
  const headingId = `codebook-${title.toLowerCase()}`;
  const shown = codes.filter((c) => codeMatches(c, filter)).length;
  return (
    <section className="code-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="code-none">({shown < codes.length ? `${shown} of ${codes.length}` : codes.length})</span>
      </h2>
      {nodes.length === 0 ? (
        <p className="code-none">{codes.length === 0 ? `No ${title.toLowerCase()} yet.` : "None match the filter."}</p>
      ) : (
        <CodeTreeView label={title} nodes={nodes} {...tree} />
      )}
    </section>
  );
}
