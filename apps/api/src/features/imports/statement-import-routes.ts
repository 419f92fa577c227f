import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { AppError } from "../../http/app-error.ts";
import { accepted, mount } from "../../http/route.ts";
import { presentJob } from "../jobs/job.ts";
import { normaliseSpeakers, normaliseSpeakersOfMany } from "../registry/normalise-speakers.ts";
import { countAnnotations } from "../statements/count-annotations.ts";
import { createStatement, keepImportFile } from "../statements/create-statement.ts";
import { findDuplicates } from "../statements/find-duplicates.ts";
import { importRunsAsJob } from "../statements/import-size.ts";
import { presentStatement } from "../statements/statement.ts";
import { withAbilities } from "../statements/statement-abilities.ts";
import { presentPreview } from "./presenters.ts";
import { recordRunsAsJob } from "./record-size.ts";
import { storeRecordStatements } from "./store-record.ts";

/** Importing statements: the preview, one statement from text or a file, a meeting record's turns as statements. */
export function statementImportRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.previewImport, async ({ actor, body, upload }) => {
    const source = upload ? { file: upload.file, edits: upload.fields.edits } : { text: body!, edits: body!.edits };
    const reading = await deps.work.run("readImport", { ...source, record: true });
    const duplicates = reading.statement
      ? await findDuplicates(db, { workspaceId: actor.workspaceId, fingerprint: reading.statement.fingerprint, work: deps.work })
      : [];
    const preview = presentPreview(reading, duplicates);
    // The hints as the statement would store them ("People's Republic of China" shows as "China"); titles stay as found.
    preview.metadata = await normaliseSpeakers(db, actor.workspaceId, preview.metadata);
    if (preview.record) preview.record.turns = await normaliseSpeakersOfMany(db, actor.workspaceId, preview.record.turns);
    return preview;
  });

  mount(r, deps, endpoints.createStatement, async ({ actor, body, upload }) => {
    if (body && importRunsAsJob(body.content)) return accepted({ job: presentJob(await deps.jobs.enqueue("import", body, actor)) });
    const fields = upload ? upload.fields : body!;
    const reading = await deps.work.run(
      "readImport",
      upload ? { file: upload.file, edits: fields.edits } : { text: body!, edits: fields.edits },
    );
    const read = reading.statement!;
    const title = fields.title ?? read.metadata.title;
    if (!title) throw new AppError("validation_failed", 'the file states no title: send one in the form field "title"');
    const { edits, ...metadata } = fields;
    const extras = { source: reading.source, repairs: reading.repairs, footnotes: reading.footnotes, edits: edits ?? [] };
    const created = await createStatement(db, {
      actor,
      input: { ...metadata, title, format: reading.kept.format, content: reading.kept.content },
      read,
      extras,
      file: upload?.file,
    });
    const counts = await countAnnotations(db, [created.statement.id]);
    const statement = presentStatement(created.statement, created.blocks, counts.get(created.statement.id)!, created.importReport);
    return { statement: await withAbilities(db, actor, statement) };
  });

  mount(r, deps, endpoints.importRecord, async ({ actor, body, upload }) => {
    const fields = upload ? upload.fields : body!;
    const meeting = { forum: fields.forum, date: fields.date, meetingSymbol: fields.meetingSymbol, sourceUrl: fields.sourceUrl };
    const text = body ? { format: body.format, content: body.content } : undefined;
    if (recordRunsAsJob({ file: upload?.file, text, turns: fields.turns })) {
      const fileId = upload ? await db.$transaction((tx) => keepImportFile(tx, actor, upload.file)) : undefined;
      const job = await deps.jobs.enqueue("importRecord", { fileId, text, turns: fields.turns, meeting }, actor);
      return accepted({ job: presentJob(job) });
    }
    const { statements } = await deps.work.run("readRecordImport", { file: upload?.file, text, turns: fields.turns, meeting });
    const stored = await storeRecordStatements(db, {
      actor,
      statements,
      file: upload?.file,
    });
    return { statements: stored };
  });

  return r;
}
