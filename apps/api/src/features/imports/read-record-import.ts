import { AppError } from "../../http/app-error.ts";
import type { NewStatement } from "../statements/create-statement.ts";
import { readImport, type ReadImportInput } from "./read-import.ts";
import { type MeetingFields, recordStatements, type TurnChoice } from "./record-statements.ts";

export interface ReadRecordInput extends Omit<ReadImportInput, "record" | "edits"> {
  meeting: MeetingFields;
  turns?: TurnChoice[];
}

/**
 * Reads a meeting record and makes the statements of its chosen turns, ready to store. Each keeps its own turn's text
 * as its revision's source (the record's file, when there is one, is kept once beside them). A work-pool task.
 */
export async function readRecordImport(input: ReadRecordInput): Promise<{ statements: NewStatement[] }> {
  const reading = await readImport({ ...input, record: true });
  if (!reading.record) {
    throw new AppError("not_a_record", 'no meeting record\'s speaker turns were found in this text ("Mr. X (Country): …")');
  }
  return { statements: recordStatements(reading.record, reading.kept.format, input.meeting, input.turns) };
}
