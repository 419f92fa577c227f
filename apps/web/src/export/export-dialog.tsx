import { useId, useState } from "react";
import { Modal } from "../components/modal.tsx";
import { AnnotationFilters } from "./annotation-filters.tsx";
import { DownloadStatus } from "./download-status.tsx";
import { ExcerptPreview } from "./excerpt-preview.tsx";
import { exportErrorMessage } from "./export-errors.ts";
import { BriefChoices } from "./brief-choices.tsx";
import { exportParams, previewParams } from "./export-params.ts";
import { INITIAL_OPTIONS, initialSelection, selectionProblem, type ExportSelection, type StatementChoice } from "./export-selection.ts";
import { ExportSummary } from "./export-summary.tsx";
import { FormatChoice } from "./format-choice.tsx";
import { WHOLE_WORKSPACE_FORMATS } from "./export-formats.ts";
import { useExportDownload } from "./use-export-download.ts";
import { useExportPreview } from "./use-export-preview.ts";

export interface ExportDialogProps {
  /** Chosen when the dialog opens: the reader's own statement; none from the library (the whole workspace). */
  initialStatements?: readonly StatementChoice[];
  /** The signed-in user, for "only annotations I made". */
  userId: string;
  onClose: () => void;
}

/**
 * "Export annotations": filters on the left; on the right the format, a live count and the first excerpts as the
 * brief will show them. It starts on accepted annotations only. Closing during a download cancels it.
 */
export function ExportDialog({ initialStatements = [], userId, onClose }: ExportDialogProps) {
  const titleId = useId();
  const [selection, setSelection] = useState(() => initialSelection(initialStatements));
  const [options, setOptions] = useState(INITIAL_OPTIONS);
  const update = (patch: Partial<ExportSelection>) => setSelection((s) => ({ ...s, ...patch }));
  const problem = selectionProblem(selection);
  const { preview, updating } = useExportPreview(problem ? null : previewParams(selection, options));
  const download = useExportDownload();
  const downloading = download.state.phase === "downloading";
  // A codebook is the workspace's whole vocabulary: that the filters select no annotations does not empty it.
  const canDownload = !problem && !downloading && (WHOLE_WORKSPACE_FORMATS.has(options.format) || preview.data?.count !== 0);

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="export-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Export annotations</h2>
        <button type="button" className="modal-close" onClick={onClose} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="export-body">
        <AnnotationFilters selection={selection} userId={userId} onChange={update} />
        <div className="export-side">
          <FormatChoice options={options} onChange={setOptions} disabled={downloading} />
          <BriefChoices options={options} onChange={setOptions} disabled={downloading} />
          <ExportSummary preview={problem ? undefined : preview.data} updating={updating} problem={problem} failed={preview.isError} />
          {preview.isError && !problem && (
            <div className="alert" role="alert">
              <p>{exportErrorMessage(preview.error)}</p>
              <button type="button" className="button button-secondary" onClick={() => void preview.refetch()}>
                Try again
              </button>
            </div>
          )}
          {preview.data && !problem && <ExcerptPreview preview={preview.data} />}
        </div>
      </div>
      <footer className="modal-footer">
        <DownloadStatus state={download.state} />
        <div className="modal-actions">
          {downloading ? (
            <button type="button" className="button button-secondary" onClick={download.cancel}>
              Cancel
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={onClose}>
              Close
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!canDownload}
            onClick={() => void download.start(exportParams(selection, options))}
          >
            Download
          </button>
        </div>
      </footer>
    </Modal>
  );
}
