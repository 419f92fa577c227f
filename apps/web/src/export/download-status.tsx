import { exportErrorMessage } from "./export-errors.ts";
import { ExportProgressBar } from "./export-progress-bar.tsx";
import type { DownloadState } from "./use-export-download.ts";

/** Where the download is: nothing, its progress, the saved file, or what went wrong. */
export function DownloadStatus({ state }: { state: DownloadState }) {
  if (state.phase === "failed") {
    return (
      <div className="alert export-download-error" role="alert">
        <p>{exportErrorMessage(state.error)}</p>
      </div>
    );
  }
  return (
    <div className="export-download-status">
      {state.phase === "downloading" && state.showProgress && <ExportProgressBar progress={state.progress} />}
      <p className="import-progress-label" role="status">
        {state.phase === "downloading" && !state.showProgress && "Preparing the export…"}
        {state.phase === "saved" && `Saved ${state.fileName}${state.count === null ? "" : ` (${countWords(state.count)})`}.`}
        {state.phase === "cancelled" && "Export cancelled."}
      </p>
    </div>
  );
}

function countWords(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "annotation" : "annotations"}`;
}
