import { useId } from "react";
import { Modal } from "../../components/modal.tsx";
import { CreatedStep } from "./created-step.tsx";
import { DetailsStep } from "./details-step.tsx";
import { ImportProgress } from "./import-progress.tsx";
import { ImportSteps } from "./import-steps.tsx";
import { RevisionStep } from "./revision-step.tsx";
import { SourceStep } from "./source-step.tsx";
import { useImportFlow } from "./use-import-flow.ts";

/**
 * "Import a statement": files (many at once) or a pasted text, then its details beside a preview of the paragraphs it
 * will create, correctable line by line, then the import itself. A meeting record is offered split into a statement
 * per speaker. A text that repeats a statement may instead become its next revision, confirmed on a summary of what
 * changes.
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
  const current = state.stage === "importing" || state.stage === "done" || state.step === "created" ? 2 : state.step === "source" ? 0 : 1;
  const splitting = state.preview?.record && state.mode === "record";
  const progress = (
    <ImportProgress
      stage={state.stage}
      job={flow.jobProgress}
      adding={state.choice?.kind === "revision" ? "revision" : splitting ? "statements" : "statement"}
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
          batch={flow.batch.items}
          onContent={flow.setContent}
          onFormat={flow.setFormat}
          onFiles={flow.batch.add}
          onReview={flow.batch.review}
          onRemove={flow.batch.remove}
          onPreview={flow.requestPreview}
          onCancel={close}
          progress={progress}
        />
      ) : state.step === "revision" ? (
        <RevisionStep state={state} onBack={flow.back} onConfirm={flow.addRevision} progress={progress} />
      ) : state.step === "created" ? (
        <CreatedStep statements={state.created} moreFiles={flow.batch.items.length > 1} onBack={flow.back} onClose={close} />
      ) : (
        <DetailsStep
          state={state}
          onChange={flow.setValue}
          onBack={flow.back}
          onImport={flow.submit}
          onImportRecord={flow.importRecord}
          onChoose={flow.choose}
          onNote={flow.setNote}
          onEdit={flow.edit}
          onUndo={flow.undo}
          onMode={flow.setMode}
          onMeeting={flow.setMeeting}
          onTurn={flow.setTurn}
          onCheckTurn={flow.checkTurn}
          onCheckAllTurns={flow.checkAllTurns}
          progress={progress}
        />
      )}
    </Modal>
  );
}
