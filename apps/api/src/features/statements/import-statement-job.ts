import { ImportEdits, ImportJobResult, MAX_CONTENT_CHARS } from "@verbatim/contract";
import { z } from "zod";
import { defineJob } from "../../jobs/job-definition.ts";
import type { WorkBudget } from "../../work/work-pool.ts";
import { createStatement, type CreateStatementInput } from "./create-statement.ts";

/** A job may read for longer than a request (10 s): a text near the 2 MB limit, convoluted HTML. */
export const IMPORT_JOB_BUDGET: WorkBudget = { timeMs: 120_000 };

const text = z.string().nullish();
/** The import as the queue keeps it: the create's input (metadata, format, text), version 1. */
const ImportInputV1 = z.object({
  title: z.string(),
  speaker: text,
  delegation: text,
  onBehalfOf: text,
  forum: text,
  meetingSymbol: text,
  date: text,
  language: text,
  sourceUrl: text,
  format: z.enum(["text", "markdown", "html"]),
  content: z.string().max(MAX_CONTENT_CHARS),
  /** The preview's edits; absent from the inputs queued before edits existed. */
  edits: ImportEdits.optional(),
}) satisfies z.ZodType<CreateStatementInput>;

/** Imports a text too long for a request: read in the work pool with a job's budget, then stored as createStatement does. */
export const importStatementJob = defineJob({
  version: 1,
  input: ImportInputV1,
  result: ImportJobResult,
  expireInSeconds: 600,
  async run(input, ctx) {
    await ctx.progress("reading", 0, 2);
    const { edits, ...fields } = input;
    const reading = await ctx.work.run("readImport", { text: { content: input.content, format: input.format }, edits }, IMPORT_JOB_BUDGET);
    await ctx.progress("storing", 1, 2);
    await createStatement(ctx.db, {
      actor: ctx.owner,
      input: fields,
      read: reading.statement!,
      extras: { source: reading.source, repairs: reading.repairs, edits: edits ?? [] },
      inSameTransaction: (tx, { id, slug, title }) => ctx.succeed(tx, { statement: { id, slug, title } }),
    });
  },
});
