import type { ImportDuplicate } from "@verbatim/contract";
import type { Dispatch } from "react";
import { useNavigate } from "react-router";
import { useCreateRevision } from "../../queries/use-create-revision.ts";
import { importForm } from "../../queries/import-source.ts";
import { type RevisionCall, useRevisionPreview } from "../../queries/use-revision-preview.ts";
import { revisionProblems } from "./import-errors.ts";
import type { ImportAction, ImportState } from "./import-state.ts";

/**
 * The import dialog's other ending, for a text that repeats a statement: preview it as that statement's next
 * revision (what becomes of its paragraphs and annotations), and on confirmation add it and open the statement.
 */
export function useRevisionFlow(state: ImportState, dispatch: Dispatch<ImportAction>) {
  const preview = useRevisionPreview();
  const create = useCreateRevision();
  const navigate = useNavigate();

  // baseRevision: the revision the match was found in; if another lands meanwhile the API answers revision_changed.
  // A file goes as it came (multipart), read by the server as its import was; pasted text as JSON.
  const call = (duplicate: ImportDuplicate): RevisionCall => {
    const slug = duplicate.statement.slug;
    const note = state.note.trim() || null;
    const baseRevision = duplicate.statement.revision;
    if (state.file) return { slug, form: importForm(state.file, { note: note ?? undefined, baseRevision: String(baseRevision) }) };
    return { slug, body: { format: state.format, content: state.content, note, baseRevision } };
  };

  function previewRevision(duplicate: ImportDuplicate) {
    dispatch({ type: "preview-started" });
    preview.mutate(call(duplicate), {
      onSuccess: (revision) => dispatch({ type: "revision-preview-succeeded", revision }),
      onError: (error) => dispatch({ type: "failed", problems: revisionProblems(error, duplicate.statement.title) }),
    });
  }

  function addRevision() {
    if (state.choice?.kind !== "revision") return;
    const { duplicate } = state.choice;
    dispatch({ type: "import-started" });
    create.mutate(call(duplicate), {
      onSuccess: () => {
        dispatch({ type: "import-succeeded" });
        void navigate(`/s/${encodeURIComponent(duplicate.statement.slug)}`);
      },
      onError: (error) => dispatch({ type: "failed", problems: revisionProblems(error, duplicate.statement.title) }),
    });
  }

  return { previewRevision, addRevision };
}
