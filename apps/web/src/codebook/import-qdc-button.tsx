import { useRef } from "react";
import { describeQdcImport, useImportQdc } from "../export/use-import-qdc.ts";
import { codebookErrorMessage } from "./codebook-errors.ts";
import { codebookNotices } from "./codebook-notices.ts";

/** "Import .qdc": a REFI-QDA codebook from ATLAS.ti, MAXQDA, NVivo or QualCoder, added to this one (with Undo). */
export function ImportQdcButton() {
  const input = useRef<HTMLInputElement>(null);
  const importQdc = useImportQdc();
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".qdc,application/xml,text/xml"
        hidden
        aria-label="Codebook file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          importQdc.mutate(file, {
            onSuccess: (r) =>
              codebookNotices.add({ type: "done", message: `Imported ${file.name}: ${describeQdcImport(r)}`, undo: r.undo }),
            onError: (error) => codebookNotices.add({ type: "error", message: codebookErrorMessage(error) }),
          });
        }}
      />
      <button type="button" className="button button-secondary" disabled={importQdc.isPending} onClick={() => input.current?.click()}>
        {importQdc.isPending ? "Importing…" : "Import .qdc"}
      </button>
    </>
  );
}
