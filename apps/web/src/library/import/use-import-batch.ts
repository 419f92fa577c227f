import { MAX_UPLOAD_BYTES } from "@verbatim/contract";
import { useEffect, useReducer, useRef } from "react";
import { randomId } from "../../lib/random-id.ts";
import { fetchImportPreview } from "../../queries/use-import-preview.ts";
import { batchReducer, nextToRead, refusal } from "./import-batch.ts";
import { fileProblem } from "./import-errors.ts";
import type { CreatedStatement } from "./import-state.ts";

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === "AbortError";

/**
 * Files picked or dropped together: each is sent to the server as it is and previewed in turn, one at a time, and
 * keeps its own status. A file the import cannot take (by its extension or size) is refused without being sent.
 */
export function useImportBatch() {
  const [items, dispatch] = useReducer(batchReducer, []);
  const reading = useRef<AbortController | null>(null);

  // A preview on its way when the dialog closes is no longer wanted.
  useEffect(() => () => reading.current?.abort(), []);

  useEffect(() => {
    const next = nextToRead(items);
    if (!next) return;
    dispatch({ type: "reading", id: next.id });
    const controller = new AbortController();
    reading.current = controller;
    fetchImportPreview({ source: { kind: "file", file: next.file }, signal: controller.signal }).then(
      (preview) => dispatch({ type: "read", id: next.id, preview }),
      (error: unknown) => {
        if (!isAbort(error)) dispatch({ type: "failed", id: next.id, message: fileProblem(error) });
      },
    );
  }, [items]);

  return {
    items,
    /** Adds the files to the batch, and answers the ids they are known by. */
    add: (files: readonly File[]): string[] => {
      const added = files.map((file) => ({ id: randomId(), file, error: refusal(file, MAX_UPLOAD_BYTES) }));
      dispatch({ type: "added", items: added });
      return added.map((item) => item.id);
    },
    imported: (id: string, statements: CreatedStatement[]) => dispatch({ type: "imported", id, statements }),
    remove: (id: string) => dispatch({ type: "removed", id }),
    clear: () => dispatch({ type: "cleared" }),
  };
}
