import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { droppedCount } from "./dropped-count.ts";

const REASONS: Record<string, string> = {
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
};

/** The lines the import leaves out, with why: collapsed, since they are rarely wrong, but never hidden. */
export function DroppedLines({ dropped }: { dropped: ImportPreview["dropped"] }) {
  if (dropped.length === 0) return <p className="import-note">No lines will be dropped.</p>;
  return (
    <details className="dropped-lines">
      <summary>{droppedCount(dropped)} will be dropped</summary>
      <ul>
        {dropped.map((line, i) => (
          <li key={i}>
            <span className="dropped-reason">{REASONS[line.reason] ?? line.reason}</span>
            <span className="dropped-text">{line.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
