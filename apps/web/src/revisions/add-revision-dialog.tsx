import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { Modal } from "../components/modal.tsx";
import { SelectField } from "../components/select-field.tsx";
import { MAX_UPLOAD_BYTES } from "@verbatim/contract";
import { FORMAT_OPTIONS, guessFormat, type ImportFormat } from "../library/import/guess-format.ts";
import { IMPORT_FILES, refusal } from "../library/import/import-batch.ts";
import { RevisionPreviewSummary } from "./revision-preview-summary.tsx";
import { useAddRevision } from "./use-add-revision.ts";

interface AddRevisionDialogProps {
  slug: string;
  title: string;
  /** The revision the analyst is reading, sent as `baseRevision`. */
  shownRevision: number;
  onClose: () => void;
}

/**
 * A new text for the statement (a Corr.1, the "as delivered" text), pasted or from a file: previewed (what becomes
 * of each paragraph and tag) before anything is stored, then added as the next revision.
 */
export function AddRevisionDialog({ slug, title, shownRevision, onClose }: AddRevisionDialogProps) {
  const id = useId();
  const navigate = useNavigate();
  const [content, setContent] = useState("");
  const [format, setFormat] = useState<ImportFormat>("text");
  const [formatChosen, setFormatChosen] = useState(false);
  const [note, setNote] = useState("");
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // A file goes to the server as it is (text in any encoding, Word, PDF), read there as its import would be.
  const [file, setFile] = useState<File | null>(null);
  const flow = useAddRevision(slug, shownRevision, () => {
    onClose();
    // The new revision is the current one: the reader shows it, with its banner.
    void navigate(`/s/${encodeURIComponent(slug)}`);
  });
  const busy = flow.previewing || flow.adding;
  const draft = () => (file ? { file, note: note.trim() || null } : { format, content, note: note.trim() || null });

  const onText = (text: string) => {
    setContent(text);
    setFile(null);
    if (!formatChosen) setFormat(guessFormat(text));
    flow.edit();
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const problem = refusal(chosen, MAX_UPLOAD_BYTES);
    setFileProblem(problem);
    setFile(problem ? null : chosen);
    flow.edit();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (flow.preview) flow.add(draft());
    else if (file || content.trim()) flow.requestPreview(draft());
  };
  const close = () => {
    if (!flow.adding) onClose();
  };
  const progressLabel = flow.previewing ? "Building the preview…" : flow.adding ? "Adding the revision…" : "";

  return (
    <Modal labelledBy={`${id}-title`} onClose={close} className="import-dialog revision-dialog">
      <header className="modal-header">
        <h2 id={`${id}-title`}>Add a revision of {title}</h2>
        <button type="button" className="modal-close" onClick={close} disabled={flow.adding} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <form className="import-form" onSubmit={onSubmit} noValidate>
        <div className="modal-body">
          {flow.problem && (
            <p className="alert" role="alert">
              {flow.problem}
            </p>
          )}
          {flow.notice && (
            <p className="revision-notice" role="status">
              {flow.notice}
            </p>
          )}
          {flow.preview ? (
            <RevisionPreviewSummary preview={flow.preview} note={note.trim()} />
          ) : (
            <>
              <div className="field">
                <label htmlFor={`${id}-text`}>New text</label>
                <p className="field-hint" id={`${id}-text-hint`}>
                  The whole statement as now published. Paragraphs keep their IDs where their words did, and every tag follows its words.
                </p>
                <textarea
                  id={`${id}-text`}
                  className="import-text"
                  value={content}
                  onChange={(e) => onText(e.target.value)}
                  rows={10}
                  spellCheck={false}
                  data-autofocus
                  aria-describedby={`${id}-text-hint`}
                  readOnly={busy}
                />
              </div>
              <div className="import-source-row">
                <div className={fileProblem ? "field field-invalid" : "field"}>
                  <label htmlFor={`${id}-file`}>Or choose a file</label>
                  <input
                    id={`${id}-file`}
                    type="file"
                    accept={IMPORT_FILES}
                    onChange={onFile}
                    disabled={busy}
                    aria-describedby={fileProblem ? `${id}-file-error` : undefined}
                  />
                  {fileProblem && (
                    <p className="field-error" id={`${id}-file-error`}>
                      {fileProblem}
                    </p>
                  )}
                  {file && (
                    <p className="field-hint" role="status">
                      {file.name} is read on the server as its import would be (text, Word or PDF), instead of the text above.
                    </p>
                  )}
                </div>
                <SelectField
                  label="Format"
                  value={format}
                  options={FORMAT_OPTIONS}
                  onChange={(value) => {
                    setFormat(value);
                    setFormatChosen(true);
                  }}
                  disabled={busy}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-note`}>Note</label>
                <p className="field-hint" id={`${id}-note-hint`}>
                  What this revision is, e.g. “Corr.1” or “As delivered”.
                </p>
                <input
                  id={`${id}-note`}
                  value={note}
                  maxLength={500}
                  onChange={(e) => setNote(e.target.value)}
                  aria-describedby={`${id}-note-hint`}
                  readOnly={busy}
                />
              </div>
            </>
          )}
        </div>
        <footer className="modal-footer">
          <div className="import-progress" data-active={busy || undefined}>
            {busy && (
              <div className="progress-track" role="progressbar" aria-label="Progress" aria-valuetext={progressLabel}>
                <span className="progress-segment" data-indeterminate />
              </div>
            )}
            <p className="import-progress-label" role="status">
              {progressLabel}
            </p>
          </div>
          <div className="modal-actions">
            {flow.preview ? (
              <button type="button" className="button button-secondary" onClick={flow.edit} disabled={busy}>
                Back
              </button>
            ) : (
              <button type="button" className="button button-secondary" onClick={close}>
                Cancel
              </button>
            )}
            <button type="submit" className="button button-primary" disabled={busy || (!flow.preview && !file && !content.trim())}>
              {flow.preview ? (flow.adding ? "Adding…" : "Add revision") : flow.previewing ? "Building preview…" : "Preview"}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
