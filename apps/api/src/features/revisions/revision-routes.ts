import { type CreateRevisionRequest, type CreateRevisionUpload, endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount, type Upload } from "../../http/route.ts";
import { getStatement } from "../statements/get-statement.ts";
import { withAbilities } from "../statements/statement-abilities.ts";
import { listRevisions } from "./list-revisions.ts";
import { previewRevision, type RevisionInput, reviseStatement } from "./revise-statement.ts";
import { revisionDiff } from "./revision-diff.ts";
import { presentRevision, revisionInfoSelect } from "./revision-info.ts";

/** The revision a request sends: JSON text, or a file with its form fields. */
function revisionInput(body: CreateRevisionRequest | undefined, upload: Upload<CreateRevisionUpload> | null): RevisionInput {
  if (upload) return { file: upload.file, note: upload.fields.note, baseRevision: upload.fields.baseRevision };
  const { content, format, note, baseRevision } = body!;
  return { text: { content, format }, note, baseRevision };
}

export function revisionRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.previewRevision, async ({ actor, params, body, upload }) =>
    previewRevision(deps, actor, params.idOrSlug, revisionInput(body, upload)),
  );

  mount(r, deps, endpoints.createRevision, async ({ actor, params, body, upload }) => {
    const landed = await reviseStatement(deps, actor, params.idOrSlug, revisionInput(body, upload));
    const statement = await getStatement(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug });
    const revision = await db.revision.findUniqueOrThrow({
      where: { statementId_number: { statementId: statement.id, number: landed.number } },
      select: revisionInfoSelect,
    });
    return {
      statement: await withAbilities(db, actor, statement),
      revision: presentRevision(revision),
      changes: landed.changes,
      anchoring: landed.anchoring,
    };
  });

  mount(r, deps, endpoints.listRevisions, async ({ actor, params }) =>
    listRevisions(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug }),
  );

  mount(r, deps, endpoints.revisionDiff, async ({ actor, params, query }) =>
    revisionDiff(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug, n: params.n, against: query.against }),
  );
  return r;
}
