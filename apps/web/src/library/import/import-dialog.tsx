import { useId } from "react";
import { Modal } from "../../components/modal.tsx";
import { DetailsStep } from "./details-step.tsx";
import { ImportProgress } from "./import-progress.tsx";
import { ImportSteps } from "./import-steps.tsx";
import { RevisionStep } from "./revision-step.tsx";
import { SourceStep } from "./source-step.tsx";
import { useImportFlow } from "./use-import-flow.ts";

/**
 * "Import a statement": the text (pasted or from a file), then its details beside a preview of the
 * paragraphs it will create, then the import itself, after which the new statement opens. A text that repeats
 * a statement may instead become its next revision, confirmed on a summary of what changes.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const flow = useImportFlow();
  const { state } = flow;
  // Once the server is creating the statement, closing would only hide it; the new statement opens when it is done.
  const closable = state.stage !== "importing" && state.stage !== "done";
  const close = () => {
    if (closable) onClose();
  };
  const current = state.stage === "importing" || state.stage === "done" ? 2 : state.step === "source" ? 0 : 1;
  const progress = (
    <ImportProgress
      stage={state.stage}
      readProgress={state.readProgress}
      fileName={state.fileName}
      fromFile={state.fileName !== null}
      job={flow.jobProgress}
      adding={state.choice?.kind === "revision" ? "revision" : "statement"}
    />
  );

  return (
    <Modal labelledBy={titleId} onClose={close} className="import-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Import a statement</h2>
        <ImportSteps current={current} />
        <button type="button" className="modal-close" onClick={close} disabled={!closable} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {state.step === "source" ? (
        <SourceStep
          state={state}
          onContent={flow.setContent}
          onFormat={flow.setFormat}
          onFile={flow.loadFile}
          onPreview={flow.requestPreview}
          onCancel={close}
          progress={progress}
        />
      ) : state.step === "revision" ? (
        <RevisionStep state={state} onBack={flow.back} onConfirm={flow.addRevision} progress={progress} />
      ) : (
        <DetailsStep
          state={state}
          onChange={flow.setValue}
          onBack={flow.back}
          onImport={flow.submit}
          onChoose={flow.choose}
          onNote={flow.setNote}
          progress={progress}
        />
      )}
    </Modal>
  );
}
