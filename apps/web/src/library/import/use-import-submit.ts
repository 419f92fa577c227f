import { type ImportDuplicate, StatementMetadataInput } from "@verbatim/contract";
import { useQueryClient } from "@tanstack/react-query";
import type { Dispatch } from "react";
import { jobQuery, type Job } from "../../queries/job-query.ts";
import { editsField, importForm } from "../../queries/import-source.ts";
import { useCreateStatement, type CreateStatementCall } from "../../queries/use-create-statement.ts";
import { useImportRecord, type ImportRecordCall } from "../../queries/use-import-record.ts";
import { buildCreateRequest, checkCreateRequest, checkUploadFields } from "./build-create-request.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import { importProblems, NO_PROBLEMS } from "./import-errors.ts";
import type { CreatedStatement, ImportAction, ImportState } from "./import-state.ts";
import { chosenTurns, meetingFields } from "./record-turns.ts";

export const NO_TURNS = "Choose at least one speaker’s turn to import.";

/**
 * The import's last step: the text or file as one statement (with the preview's edits), or a meeting record's chosen
 * turns as one statement each. A file is sent again as it is, beside the fields; pasted text goes as JSON.
 */
export function useImportSubmit(
  state: ImportState,
  dispatch: Dispatch<ImportAction>,
  finished: (statements: CreatedStatement[], kind: "statement" | "record") => void,
  previewRevision: (duplicate: ImportDuplicate) => void,
) {
  const create = useCreateStatement();
  const record = useImportRecord();
  const queryClient = useQueryClient();

  // What the 202 said is the job's first state: shown at once, then polled.
  function accepted(job: Job, kind: "statement" | "record") {
    queryClient.setQueryData(jobQuery(job.id).queryKey, job);
    dispatch({ type: "job-started", jobId: job.id, kind });
  }
  const failed = (error: unknown) => dispatch({ type: "failed", problems: importProblems(error) });

  function statementCall(): CreateStatementCall | null {
    if (state.file) {
      const checked = checkUploadFields(state.values);
      if (checked.ok) return { form: importForm(state.file, { ...checked.fields, edits: editsField(state.edits) }) };
      dispatch({ type: "failed", problems: { fields: checked.fields, text: null, top: null } });
      return null;
    }
    const body = buildCreateRequest(state.values, { format: state.format, content: state.content }, state.edits);
    const checked = checkCreateRequest(body);
    if (checked.ok) return { body: checked.body };
    dispatch({ type: "failed", problems: { fields: checked.fields, text: checked.text, top: null } });
    return null;
  }

  function submitStatement() {
    // A text that repeats a statement is imported only once the analyst has said it is not a revision of it.
    if (state.preview?.duplicates.length && !state.choice) {
      return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, choice: TEXT_MESSAGES.choose } });
    }
    if (state.choice?.kind === "revision") return previewRevision(state.choice.duplicate);
    const call = statementCall();
    if (!call) return;
    dispatch({ type: "import-started" });
    create.mutate(call, {
      onSuccess: (created) => {
        if ("job" in created) return accepted(created.job, "statement");
        const { slug, title, speaker, delegation } = created.statement;
        finished([{ slug, title, speaker, delegation }], "statement");
      },
      onError: failed,
    });
  }

  function submitRecord() {
    const meetingRecord = state.preview?.record;
    if (!meetingRecord) return;
    const turns = chosenTurns(state.turns, meetingRecord);
    if (turns.length === 0) return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, top: NO_TURNS } });
    const meeting = meetingFields(state.meeting);
    if (meeting.date && !StatementMetadataInput.date.safeParse(meeting.date).success) {
      return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, top: FIELD_MESSAGES.date } });
    }
    const sourceUrl = state.values.sourceUrl.trim() || undefined;
    const call: ImportRecordCall = state.file
      ? { form: importForm(state.file, { turns: JSON.stringify(turns), ...meeting, sourceUrl }) }
      : { body: { format: state.format, content: state.content, turns, ...meeting, ...(sourceUrl ? { sourceUrl } : {}) } };
    dispatch({ type: "import-started" });
    record.mutate(call, {
      onSuccess: (made) => ("job" in made ? accepted(made.job, "record") : finished(made.statements, "record")),
      onError: failed,
    });
  }

  return { submitStatement, submitRecord };
}
