import { buildDocx } from "../features/exports/build-docx.ts";
import { buildQdpx } from "../features/exports/build-qdpx.ts";
import { readQdcFile } from "../features/codebook/read-qdc-file.ts";
import { agreeOnCodes } from "../features/codebook/agree-on-codes.ts";
import { fingerprintRevisions } from "../features/statements/fingerprint-revisions.ts";
import { planRevision } from "../features/revisions/plan-revision.ts";
import { readStatement } from "../features/statements/read-statement.ts";
import { readImport } from "../features/imports/read-import.ts";
import { readRecordImport } from "../features/imports/read-record-import.ts";
import { anchorW3cItems, readW3cItems } from "../features/w3c-import/read-w3c-task.ts";
import { findSuggestions } from "../features/suggestions/suggestion-set.ts";

/**
 * The CPU-bound work the API hands to its worker threads, by name: pure functions of plain data (structured-clone in,
 * structured-clone out). A task refuses bad input by throwing an AppError, which reaches the caller as it was thrown.
 */
export const workTasks = {
  readStatement,
  readImport,
  readRecordImport,
  planRevision,
  fingerprintRevisions,
  buildDocx,
  buildQdpx,
  readQdcFile,
  agreeOnCodes,
  readW3cItems,
  anchorW3cItems,
  findSuggestions,
};

export type WorkTasks = typeof workTasks;
export type TaskName = keyof WorkTasks;
