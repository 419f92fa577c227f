import type { ImportPreview } from "../../queries/use-import-preview.ts";
import type { CreatedStatement } from "./import-state.ts";

/**
 * A file of the batch: "waiting" for its turn, "reading" (the server reads and previews it), then "ready" to review,
 * "duplicate" (it repeats statements already in the library), "error" (with why), or "imported" (with links).
 */
export type BatchStatus = "waiting" | "reading" | "ready" | "duplicate" | "error" | "imported";

export interface BatchItem {
  id: string;
  file: File;
  status: BatchStatus;
  preview: ImportPreview | null;
  message: string | null;
  statements: CreatedStatement[];
}

export type BatchAction =
  | { type: "added"; items: { id: string; file: File; error: string | null }[] }
  | { type: "reading"; id: string }
  | { type: "read"; id: string; preview: ImportPreview }
  | { type: "failed"; id: string; message: string }
  | { type: "imported"; id: string; statements: CreatedStatement[] }
  | { type: "removed"; id: string }
  | { type: "cleared" };

function update(items: readonly BatchItem[], id: string, patch: Partial<BatchItem>): BatchItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

export function batchReducer(items: BatchItem[], action: BatchAction): BatchItem[] {
  switch (action.type) {
    case "added":
      return [
        ...items,
        ...action.items.map(({ id, file, error }): BatchItem => ({
          id,
          file,
          status: error ? "error" : "waiting",
          preview: null,
          message: error,
          statements: [],
        })),
      ];
    case "reading":
      return update(items, action.id, { status: "reading" });
    case "read":
      return update(items, action.id, {
        status: action.preview.duplicates.length > 0 ? "duplicate" : "ready",
        preview: action.preview,
        message: null,
      });
    case "failed":
      return update(items, action.id, { status: "error", message: action.message, preview: null });
    case "imported":
      return update(items, action.id, { status: "imported", statements: action.statements });
    case "removed":
      return items.filter((item) => item.id !== action.id);
    case "cleared":
      return [];
  }
}

/** The next file to read: one at a time, so a folder's worth does not crowd out everyone else's work on the server. */
export function nextToRead(items: readonly BatchItem[]): BatchItem | null {
  if (items.some((item) => item.status === "reading")) return null;
  return items.find((item) => item.status === "waiting") ?? null;
}

/** How far the batch is: files read (whatever came of them) out of all. */
export function batchProgress(items: readonly BatchItem[]): { done: number; total: number } {
  const done = items.filter((item) => item.status !== "waiting" && item.status !== "reading").length;
  return { done, total: items.length };
}

/** The extensions the import reads; the server then tells the format from the file's content. */
export const IMPORT_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm", "docx", "pdf"] as const;
export const IMPORT_FILES = `${IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(",")},text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document`;

/** Why a file is refused before it is sent (a folder holds images and the like), or null to send it. */
export function refusal(file: File, maxBytes: number): string | null {
  const extension = /\.([a-z]+)$/i.exec(file.name.trim())?.[1]?.toLowerCase() ?? "";
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    return "Not a file the import reads: use .txt, .md, .html, .docx or .pdf.";
  }
  if (file.size > maxBytes) return `Larger than the ${Math.round(maxBytes / (1024 * 1024))} MB an import takes.`;
  if (file.size === 0) return "The file is empty.";
  return null;
}
