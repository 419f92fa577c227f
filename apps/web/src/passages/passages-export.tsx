import type { ExportFormat } from "@verbatim/contract";
import { useId, useState } from "react";
import { DownloadStatus } from "../export/download-status.tsx";
import { FORMAT_OPTIONS } from "../export/format-choice.tsx";
import { WHOLE_WORKSPACE_FORMATS } from "../export/export-formats.ts";
import { useExportDownload } from "../export/use-export-download.ts";
import { passagesExportQuery, type PassagesState } from "./passages-url.ts";

/** Every format that is a selection of annotations (the codebook's .qdc is the whole workspace's). */
const FORMATS = FORMAT_OPTIONS.filter((f) => !WHOLE_WORKSPACE_FORMATS.has(f.value));

/**
 * Exports the passages shown: the same filters, sent to `GET /api/exports` as they are sent for the passages, so
 * the file holds the annotations listed (each once, whatever its groups).
 */
export function PassagesExport({ state, total }: { state: PassagesState; total: number }) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>("docx");
  const download = useExportDownload();
  const busy = download.state.phase === "downloading";
  return (
    <div className="passages-export">
      <label htmlFor={id}>Export as</label>
      <select id={id} value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      {busy ? (
        <button type="button" className="button button-secondary" onClick={download.cancel}>
          Cancel
        </button>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={total === 0}
          onClick={() => void download.start({ ...passagesExportQuery(state), format })}
        >
          Export {total.toLocaleString("en")} {total === 1 ? "annotation" : "annotations"}
        </button>
      )}
      {download.state.phase !== "idle" && <DownloadStatus state={download.state} />}
    </div>
  );
}
