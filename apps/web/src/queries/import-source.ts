import type { ImportEdit, ImportFormat } from "@verbatim/contract";
import type { z } from "zod";

/**
 * What an import reads: text pasted into the page (sent as JSON), or a file sent as it is (multipart), which the server
 * reads and sniffs itself, so a Word file or a PDF is never opened in the browser.
 */
export type ImportSource = { kind: "text"; format: z.output<typeof ImportFormat>; content: string } | { kind: "file"; file: File };

/** A multipart body: the file in `file`, and beside it the form fields given (empty ones left out). */
export function importForm(file: File, fields: Readonly<Record<string, string | undefined>> = {}): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== "") form.append(name, value);
  }
  return form;
}

/** The preview's edits as a form field: JSON, left out when there are none. */
export const editsField = (edits: readonly ImportEdit[]): string | undefined => (edits.length ? JSON.stringify(edits) : undefined);
