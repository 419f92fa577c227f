import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import type { ImportEdit } from "@verbatim/contract";
import { TextField } from "../../components/text-field.tsx";
import { BlockPreview } from "./block-preview.tsx";
import { DuplicateChoice } from "./duplicate-choice.tsx";
import type { ImportChoice, ImportState } from "./import-state.ts";
import { MetadataForm } from "./metadata-form.tsx";
import type { MetadataField } from "./metadata-fields.ts";
import { hintNotes } from "./metadata-prefill.ts";
import { RecordChoice } from "./record-choice.tsx";
import { RecordSplit } from "./record-split.tsx";
import type { MeetingValues, TurnField } from "./record-turns.ts";

export interface DetailsStepProps {
  state: ImportState;
  onChange: (field: MetadataField, value: string) => void;
  onBack: () => void;
  onImport: () => void;
  onImportRecord: () => void;
  onChoose: (choice: ImportChoice) => void;
  onNote: (note: string) => void;
  onEdit: (edit: ImportEdit) => void;
  onUndo: () => void;
  onMode: (mode: "record" | "single") => void;
  onMeeting: (field: keyof MeetingValues, value: string) => void;
  onTurn: (index: number, field: TurnField, value: string) => void;
  onCheckTurn: (index: number, checked: boolean) => void;
  onCheckAllTurns: (checked: boolean) => void;
  progress: ReactNode;
}

/**
 * Step 2: correct the metadata beside a preview of what the import creates, line by line; step 3 starts on submit. A
 * meeting record is offered split by speaker, a statement per turn. A text that repeats a statement first asks whether
 * it is that statement's next revision (which keeps its details, so the form gives way to the revision's note) or a
 * separate statement.
 */
export function DetailsStep(props: DetailsStepProps) {
  const { state, onChange, onBack, onImport, onImportRecord, onChoose, onNote, progress } = props;
  const id = useId();
  const busy = state.stage !== "idle";
  const record = state.preview?.record ?? null;
  const splitting = record !== null && state.mode === "record";
  const hasParagraphs = state.preview?.paragraphs.some((b) => b.kind === "paragraph") ?? false;
  // The text is not on screen in this step, so a problem with it is shown at the top.
  const topProblem = state.problems.top ?? state.problems.text;
  const duplicates = state.preview?.duplicates ?? [];
  const asRevision = state.choice?.kind === "revision";
  const chosen = state.turns.filter((turn) => turn.checked).length;
  const form = useRef<HTMLFormElement>(null);

  // Keyboard and screen-reader users land on the first field to fix, which names its problem.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state.failures]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (splitting) onImportRecord();
    else onImport();
  }

  const importing = state.stage === "importing" || state.stage === "done";
  const label = splitting
    ? importing
      ? "Importing…"
      : `Import ${chosen} ${chosen === 1 ? "statement" : "statements"}`
    : asRevision
      ? "Preview the revision"
      : importing
        ? "Importing…"
        : "Import";

  return (
    <form ref={form} className="import-form" onSubmit={onSubmit} noValidate>
      <div className="modal-body">
        {topProblem && (
          <p className="alert" role="alert">
            {topProblem}
          </p>
        )}
        {record && <RecordChoice record={record} mode={state.mode} onMode={props.onMode} disabled={busy} />}
        {splitting ? (
          <RecordSplit
            record={record}
            turns={state.turns}
            meeting={state.meeting}
            disabled={busy}
            onMeeting={props.onMeeting}
            onTurn={props.onTurn}
            onCheck={props.onCheckTurn}
            onCheckAll={props.onCheckAllTurns}
          />
        ) : (
          <>
            {duplicates.length > 0 && (
              <DuplicateChoice
                duplicates={duplicates}
                choice={state.choice}
                onChoose={onChoose}
                error={state.problems.choice ?? null}
                disabled={busy}
              />
            )}
            <div className="import-details">
              {asRevision ? (
                <div className="revision-note">
                  <TextField
                    name="note"
                    label="Revision note"
                    hint="Optional: what this text is, such as Corr.1 or “as delivered”."
                    value={state.note}
                    maxLength={500}
                    readOnly={busy}
                    onChange={(event) => onNote(event.target.value)}
                  />
                </div>
              ) : (
                <MetadataForm
                  values={state.values}
                  hints={state.hints}
                  place={state.place}
                  errors={state.problems.fields}
                  onChange={onChange}
                  disabled={busy}
                  focusTitle={duplicates.length === 0 && !record}
                  notes={hintNotes(state.preview?.metadata ?? {})}
                />
              )}
              {state.preview && (
                <BlockPreview
                  preview={state.preview}
                  headingId={`${id}-preview`}
                  edits={state.edits.length}
                  busy={state.editing || busy}
                  error={state.editError}
                  onEdit={props.onEdit}
                  onUndo={props.onUndo}
                />
              )}
            </div>
          </>
        )}
      </div>
      <footer className="modal-footer">
        {progress}
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onBack} disabled={busy}>
            Back
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || state.editing || (splitting ? chosen === 0 : !hasParagraphs)}
          >
            {label}
          </button>
        </div>
      </footer>
    </form>
  );
}
