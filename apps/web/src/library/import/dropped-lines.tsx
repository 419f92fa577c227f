import type { ImportEdit } from "@verbatim/contract";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { droppedCount } from "./dropped-count.ts";
import { DroppedLine } from "./preview-lines.tsx";

export const REASONS: Record<string, string> = {
  metadata: "Read as metadata",
  "invalid-metadata": "Not valid metadata, left out",
  "front-matter": "Front matter, read as metadata",
  "unread-front-matter": "Front matter, not read (too large, or not valid YAML)",
  navigation: "Site navigation",
  footer: "Page footer",
  share: "Share link",
  separator: "Separator",
  empty: "Empty",
  more: "And more",
  "running-header": "Running header",
  "running-footer": "Running footer",
  "page-number": "Page number",
  "document-symbol": "Document symbol",
  "job-number": "Job number",
  "line-number": "Line number",
  footnote: "Footnote (kept in the import record)",
  procedural: "Procedural, between speakers",
  edited: "Dropped by you",
};

/** What a page of a PDF puts around the text: many lines, rarely wrong, so listed folded. */
const FURNITURE = new Set(["running-header", "running-footer", "page-number", "document-symbol", "job-number", "line-number"]);
/** Lines a group lists at most; the rest are counted (a 200-page record repeats its header on every page). */
const SHOWN = 100;

interface Group {
  key: string;
  title: string;
  lines: { line: ImportPreview["dropped"][number]; index: number }[];
}

function groups(dropped: ImportPreview["dropped"]): Group[] {
  const byKey = new Map<string, Group>();
  dropped.forEach((line, index) => {
    if (line.reason === "more") return;
    const key = FURNITURE.has(line.reason) ? "furniture" : line.reason;
    const title = key === "furniture" ? "Page furniture (headers, footers, page and job numbers)" : (REASONS[key] ?? key);
    const group = byKey.get(key) ?? { key, title, lines: [] };
    group.lines.push({ line, index });
    byKey.set(key, group);
  });
  // Header lines read as metadata are the likeliest to need a fix: first, and open.
  return [...byKey.values()].sort((a, b) => Number(b.key === "metadata") - Number(a.key === "metadata"));
}

interface DroppedLinesProps {
  dropped: ImportPreview["dropped"];
  busy: boolean;
  onEdit: (edit: ImportEdit) => void;
  onUndo: () => void;
}

/** The lines the import leaves out, grouped by why, each one able to come back as a header line or a paragraph. */
export function DroppedLines({ dropped, busy, onEdit, onUndo }: DroppedLinesProps) {
  if (dropped.length === 0) return <p className="import-note">No lines will be dropped.</p>;
  return (
    <div className="dropped-lines">
      <p className="import-note">{droppedCount(dropped)} will be dropped, and kept in the import record.</p>
      {groups(dropped).map((group) => (
        <details key={group.key} open={group.key === "metadata" || group.key === "edited" || dropped.length <= 12}>
          <summary>
            {group.title}: {group.lines.length}
          </summary>
          <ul>
            {group.lines.slice(0, SHOWN).map(({ line, index }) => (
              <DroppedLine
                key={index}
                line={line}
                index={index}
                reason={REASONS[line.reason] ?? line.reason}
                busy={busy}
                onEdit={onEdit}
                onUndo={onUndo}
              />
            ))}
          </ul>
          {group.lines.length > SHOWN && <p className="import-note">…and {group.lines.length - SHOWN} more like these.</p>}
        </details>
      ))}
    </div>
  );
}
