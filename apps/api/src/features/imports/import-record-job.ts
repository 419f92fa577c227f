import { ChosenTurn, ImportRecordJobResult, MAX_CONTENT_CHARS } from "@verbatim/contract";
import { z } from "zod";
import { defineJob } from "../../jobs/job-definition.ts";
import { AppError } from "../../http/app-error.ts";
import { IMPORT_JOB_BUDGET } from "../statements/import-statement-job.ts";
import { storeRecordStatements } from "./store-record.ts";

const text = z.string().nullish();
/**
 * A record import as the queue keeps it, version 1: the record's file by its ID in import_files (kept by the request
 * that queued the job; the queue holds no file), or its pasted text; the turns chosen and the meeting's fields.
 */
const ImportRecordInputV1 = z.object({
  fileId: z.string().uuid().optional(),
  text: z.object({ format: z.enum(["text", "markdown", "html"]), content: z.string().max(MAX_CONTENT_CHARS) }).optional(),
  turns: z.array(ChosenTurn).optional(),
  meeting: z.object({ forum: text, date: text, meetingSymbol: text, sourceUrl: text }),
});

/** Imports a large record's turns: reads it in the work pool with a job's budget, then stores them as one transaction. */
export const importRecordJob = defineJob({
  version: 1,
  input: ImportRecordInputV1,
  result: ImportRecordJobResult,
  expireInSeconds: 900,
  async run(input, ctx) {
    await ctx.progress("reading", 0, 1);
    const file = input.fileId
      ? await ctx.db.importFile.findFirst({ where: { id: input.fileId, workspaceId: ctx.owner.workspaceId } })
      : null;
    if (input.fileId && !file) throw new AppError("not_found", "the record's file is gone");
    const source = file
      ? { file: { name: file.name, mediaType: file.mediaType, bytes: new Uint8Array(file.bytes) } }
      : { text: input.text };
    const { statements } = await ctx.work.run(
      "readRecordImport",
      { ...source, turns: input.turns, meeting: input.meeting },
      IMPORT_JOB_BUDGET,
    );
    await ctx.progress("storing", 0, statements.length);
    await storeRecordStatements(ctx.db, {
      actor: ctx.owner,
      statements,
      importFileId: file?.id ?? null,
      onStored: (done) => ctx.progress("storing", done, statements.length),
      inSameTransaction: (tx, stored) => ctx.succeed(tx, { statements: stored }),
    });
  },
});
