import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../api/api-error.ts";
import { useCreateRevision } from "../queries/use-create-revision.ts";
import { importForm } from "../queries/import-source.ts";
import { type RevisionCall, type RevisionInput, type RevisionPreview, useRevisionPreview } from "../queries/use-revision-preview.ts";
import { statementQuery } from "../queries/use-statement.ts";
import { revisedMeanwhileMessage, revisionErrorMessage } from "./revision-errors.ts";

/** The new text: pasted (JSON), or a file sent as it is (multipart), with the revision's note. */
export type RevisionDraft = Omit<RevisionInput, "baseRevision"> | { file: File; note: string | null };

/** The request for a draft against `baseRevision`: a file's form carries the note and the base revision as its fields. */
function revisionCall(slug: string, draft: RevisionDraft, baseRevision: number): RevisionCall {
  if ("file" in draft) return { slug, form: importForm(draft.file, { note: draft.note ?? undefined, baseRevision: String(baseRevision) }) };
  return { slug, body: { ...draft, baseRevision } };
}

/**
 * The "Add revision" dialog's requests: a preview, then the revision itself, both against `baseRevision` (the
 * revision the analyst is reading). When another revision lands in between, the API answers revision_changed:
 * the statement is read again and the preview made again against its new current revision, for the analyst to check.
 */
export function useAddRevision(slug: string, shownRevision: number, onAdded: () => void) {
  const queryClient = useQueryClient();
  const previewRequest = useRevisionPreview();
  const createRequest = useCreateRevision();
  const [base, setBase] = useState(shownRevision);
  const [preview, setPreview] = useState<RevisionPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function revisedMeanwhile(draft: RevisionDraft) {
    const fresh = await queryClient.fetchQuery({ ...statementQuery(slug), staleTime: 0 });
    setBase(fresh.revision);
    setNotice(revisedMeanwhileMessage(fresh.revision));
    runPreview(draft, fresh.revision, false);
  }

  function fail(error: unknown, draft: RevisionDraft, retry: boolean) {
    if (retry && isApiError(error, "revision_changed")) {
      revisedMeanwhile(draft).catch((e: unknown) => setProblem(revisionErrorMessage(e)));
    } else {
      setProblem(revisionErrorMessage(error));
    }
  }

  function runPreview(draft: RevisionDraft, against: number, retry = true) {
    setProblem(null);
    setPreview(null);
    previewRequest.mutate(revisionCall(slug, draft, against), {
      onSuccess: setPreview,
      onError: (error) => fail(error, draft, retry),
    });
  }

  function add(draft: RevisionDraft) {
    setProblem(null);
    createRequest.mutate(revisionCall(slug, draft, base), {
      onSuccess: onAdded,
      onError: (error) => fail(error, draft, true),
    });
  }

  return {
    preview,
    problem,
    notice,
    previewing: previewRequest.isPending,
    adding: createRequest.isPending,
    requestPreview: (draft: RevisionDraft) => {
      setNotice(null);
      runPreview(draft, base);
    },
    add,
    /** Back to the text: the preview no longer matches it once it changes. */
    edit: () => {
      setPreview(null);
      setProblem(null);
    },
  };
}
