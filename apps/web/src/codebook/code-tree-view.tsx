import { type KeyboardEvent, useRef } from "react";
import { CODEBOOK_SHORTCUTS, matchesShortcut } from "../keyboard/index.ts";
import { type CodeNode, visibleNodes } from "./code-tree.ts";
import { CodeStatusBadge, CodeSwatch, usesText } from "./code-status.tsx";

interface CodeTreeViewProps {
  label: string;
  nodes: readonly CodeNode[];
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  /** The code that takes Tab into the tree (roving tabindex); the first one when none is focused yet. */
  focusId: string | null;
  onExpand: (id: string, open: boolean) => void;
  onSelect: (id: string) => void;
  onFocusCode: (id: string) => void;
}

/**
 * One type's codes as an ARIA tree (APG "tree view"): arrows move and open, Home and End jump, Enter selects the
 * code for the details panel. An expanded code shows its definition and guidance and the codes under it.
 */
export function CodeTreeView({ label, nodes, expanded, selectedId, focusId, onExpand, onSelect, onFocusCode }: CodeTreeViewProps) {
  const ref = useRef<HTMLUListElement>(null);
  const rows = visibleNodes(nodes, expanded);
  const tabId = rows.some((r) => r.code.id === focusId) ? focusId : (rows[0]?.code.id ?? null);

  const focus = (id: string | undefined) => {
    if (!id) return;
    onFocusCode(id);
    ref.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>("[data-code-id]");
    if (!item || e.target !== item) return;
    const index = rows.findIndex((r) => r.code.id === item.dataset.codeId);
    const node = rows[index];
    if (!node) return;
    const id = node.code.id;
    const open = expanded.has(id);
    const parent = () => rows.slice(0, index).findLast((r) => r.level === node.level - 1);
    let handled = true;
    if (e.key === "ArrowDown") focus(rows[index + 1]?.code.id);
    else if (e.key === "ArrowUp") focus(rows[index - 1]?.code.id);
    else if (e.key === "Home") focus(rows[0]?.code.id);
    else if (e.key === "End") focus(rows.at(-1)?.code.id);
    else if (matchesShortcut(CODEBOOK_SHORTCUTS.expand, e)) {
      if (!open) onExpand(id, true);
      else focus(node.children[0]?.code.id);
    } else if (matchesShortcut(CODEBOOK_SHORTCUTS.collapse, e)) {
      if (open) onExpand(id, false);
      else focus(parent()?.code.id);
    } else if (e.key === "Enter" || e.key === " ") onSelect(id);
    else handled = false;
    if (handled) e.preventDefault();
  };

  if (nodes.length === 0) return null;
  const tree: TreeState = { expanded, selectedId, tabId, onExpand, onSelect, onFocusCode };
  return (
    <ul ref={ref} role="tree" aria-label={label} className="code-tree" onKeyDown={onKeyDown}>
      <TreeItems nodes={nodes} tree={tree} />
    </ul>
  );
}

/** What every item of one tree shares: which codes are open, selected and tabbable, and what to tell the page. */
interface TreeState extends Pick<CodeTreeViewProps, "expanded" | "selectedId" | "onExpand" | "onSelect" | "onFocusCode"> {
  tabId: string | null;
}

function TreeItems({ nodes, tree }: { nodes: readonly CodeNode[]; tree: TreeState }) {
  return nodes.map((node) => <TreeItem key={node.code.id} node={node} tree={tree} />);
}

function TreeItem({ node, tree }: { node: CodeNode; tree: TreeState }) {
  const { code } = node;
  const { expanded, selectedId, tabId, onExpand, onSelect, onFocusCode } = tree;
  const open = expanded.has(code.id);
  const hasGuidance = code.guidance.use || code.guidance.avoid;
  return (
    <li
      role="treeitem"
      aria-level={node.level}
      aria-expanded={open}
      aria-selected={selectedId === code.id}
      tabIndex={tabId === code.id ? 0 : -1}
      data-code-id={code.id}
      className={`code-item code-status-${code.status}`}
      onFocus={(e) => e.target === e.currentTarget && onFocusCode(code.id)}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(code.id);
      }}
    >
      <div className="code-row">
        <span
          className="code-toggle"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            onExpand(code.id, !open);
          }}
        >
          {open ? "▾" : "▸"}
        </span>
        <CodeSwatch colour={code.colour} />
        <span className="code-name">{code.name}</span>
        <CodeStatusBadge status={code.status} />
        <span className="code-uses">{usesText(code.uses)}</span>
      </div>
      {open && (
        <div className="code-explained">
          <p>{code.definition ?? <span className="code-none">No definition yet.</span>}</p>
          {hasGuidance && (
            <dl className="code-guidance">
              {code.guidance.use && (
                <>
                  <dt>When to use</dt>
                  <dd>{code.guidance.use}</dd>
                </>
              )}
              {code.guidance.avoid && (
                <>
                  <dt>When not to</dt>
                  <dd>{code.guidance.avoid}</dd>
                </>
              )}
            </dl>
          )}
        </div>
      )}
      {open && node.children.length > 0 && (
        <ul role="group">
          <TreeItems nodes={node.children} tree={tree} />
        </ul>
      )}
    </li>
  );
}
