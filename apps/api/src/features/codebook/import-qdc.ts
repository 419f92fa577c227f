import { randomUUID } from "node:crypto";
import type { QdcImportResult } from "@verbatim/contract";
import type { ImportedCode } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import type { UploadedFile } from "../../http/multipart.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, type UndoPlan } from "./codebook-undo-sql.ts";
import { insertCodeChange, lockCode } from "./codes-sql.ts";
import { fillEmptyDefinition, type ImportedCodeRow, insertImportChanges, insertImportedCodes, matchCodesByKey } from "./import-qdc-sql.ts";
import { recordCodebookEvent } from "./codebook-event.ts";

/** The codebook's own limits (contract codebook.ts): a name of 1–60 characters, a definition or guidance of at most 4,000. */
const MAX_NAME = 60;
const MAX_TEXT = 4000;
const TIMEOUT_MS = 60_000;

type Skipped = QdcImportResult["skipped"][number];

/** Why a code of the file cannot become a code here, or null when it can. */
function refusal(code: ImportedCode): Skipped["reason"] | null {
  if (code.name.length < 1 || code.name.length > MAX_NAME) return "invalid_name";
  const texts = [code.definition, code.guidance.use, code.guidance.avoid];
  return texts.some((t) => (t?.length ?? 0) > MAX_TEXT) ? "text_too_long" : null;
}

/**
 * Reads a REFI-QDA codebook into the workspace's: in one transaction, the codes it lacks are made (active, or
 * deprecated where the file says so) under their parents, and those it has (same type and code_key) are matched,
 * only their empty definition filled from the file. A code left out (a bad name, a text over the limit, a name the
 * file repeats) hands its children to its nearest kept ancestor. The undo removes what was made and empties what
 * was filled. A governing change: reviewers and admins.
 */
export async function importQdc(db: Db, work: WorkPool, opts: { actor: Actor; file: UploadedFile | null }): Promise<QdcImportResult> {
  const { actor } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  if (!opts.file) throw new AppError("unsupported_media_type", 'send the .qdc file as multipart/form-data in the field "file"');
  const read = await work.run("readQdcFile", opts.file.bytes);
  const skipped: Skipped[] = [];
  const kept = read.filter((code) => {
    const reason = refusal(code);
    if (reason) skipped.push({ name: code.name.slice(0, 200), reason });
    return !reason;
  });
  const keptAt = new Map(kept.map((code, i) => [code, i]));
  return db.$transaction(
    async (tx) => {
      const matches = await matchCodesByKey(tx, actor.workspaceId, kept);
      /** Each file code's place here by its GUID: the code it became or matched, or for one left out, its parent's. */
      const placed = new Map<string, string | null>();
      const byKey = new Map<string, string>();
      const created: ImportedCodeRow[] = [];
      const plan: UndoPlan = { restore: [], expect: [], remove: [], involved: [] };
      let matched = 0;
      const parentOf = (guid: string | null): string | null => (guid ? (placed.get(guid) ?? null) : null);
      for (const code of read) {
        const at = keptAt.get(code);
        if (at === undefined) {
          placed.set(code.guid, parentOf(code.parentGuid));
          continue;
        }
        const match = matches[at]!;
        const typeKey = `${code.type}:${match.key}`;
        const again = byKey.get(typeKey);
        if (again) {
          skipped.push({ name: code.name, reason: "duplicate" });
          placed.set(code.guid, again);
          continue;
        }
        if (match.id) {
          matched++;
          placed.set(code.guid, match.id);
          byKey.set(typeKey, match.id);
          if (code.definition && !match.definition?.trim()) await fill(tx, match.id, code.definition, plan, actor);
          continue;
        }
        const id = randomUUID();
        placed.set(code.guid, id);
        byKey.set(typeKey, id);
        created.push({
          id,
          type: code.type,
          name: code.name,
          parentId: parentOf(code.parentGuid),
          definition: code.definition,
          guidanceUse: code.guidance.use ?? null,
          guidanceAvoid: code.guidance.avoid ?? null,
          colour: code.colour,
          status: code.deprecated ? "deprecated" : "active",
        });
      }
      try {
        await insertImportedCodes(tx, { workspaceId: actor.workspaceId, createdById: actor.userId, codes: created });
      } catch (e) {
        if (!/unique|23505/i.test(String((e as Error)?.message))) throw e;
        throw new AppError("conflict", "a code by one of these names was made while the file was read; import it again");
      }
      await insertImportChanges(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, codes: created });
      await recordCodebookEvent(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, type: "codebook.imported" });
      plan.remove = created.map((c) => c.id);
      const undo = randomUUID();
      await insertUndo(tx, { id: undo, workspaceId: actor.workspaceId, actorId: actor.userId, action: "imported", plan });
      return { created: created.length, matched, skipped, undo };
    },
    { timeout: TIMEOUT_MS },
  );
}

/** A matched code's empty definition filled from the file, kept for the undo as it was. */
async function fill(tx: Parameters<typeof lockCode>[0], id: string, definition: string, plan: UndoPlan, actor: Actor): Promise<void> {
  const before = await lockCode(tx, actor.workspaceId, id);
  if (!before) return;
  const version = await fillEmptyDefinition(tx, id, definition);
  if (version === null) return;
  plan.restore.push(before);
  plan.expect.push({ id, version });
  await insertCodeChange(tx, {
    workspaceId: actor.workspaceId,
    codeId: id,
    action: "edited",
    actorId: actor.userId,
    before: { definition: before.definition },
    after: { definition, via: "qdc" },
  });
}
