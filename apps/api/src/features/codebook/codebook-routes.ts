import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { bulkCodes } from "./bulk-codes.ts";
import { codebookAgreement } from "./codebook-agreement.ts";
import { createCode } from "./create-code.ts";
import { deleteCode } from "./delete-code.ts";
import { listCodes } from "./list-codes.ts";
import { mergeCode } from "./merge-code.ts";
import { splitCode } from "./split-code.ts";
import { undoCodebookChange } from "./undo-codebook-change.ts";
import { updateCode } from "./update-code.ts";

export function codebookRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listCodes, ({ actor, query }) => listCodes(deps.db, { actor, ...query }));
  mount(r, deps, endpoints.codebookAgreement, ({ actor }) => codebookAgreement(deps.db, deps.work, actor));
  mount(r, deps, endpoints.createCode, ({ actor, body }) => createCode(deps.db, { actor, input: body }));
  mount(r, deps, endpoints.updateCode, ({ actor, params, body }) => updateCode(deps.db, { actor, id: params.id, input: body }));
  mount(r, deps, endpoints.mergeCode, ({ actor, params, body }) => mergeCode(deps.db, { actor, id: params.id, into: body.into }));
  mount(r, deps, endpoints.deleteCode, ({ actor, params }) => deleteCode(deps.db, { actor, id: params.id }));
  mount(r, deps, endpoints.splitCode, ({ actor, params, body }) => splitCode(deps.db, { actor, id: params.id, input: body }));
  mount(r, deps, endpoints.bulkCodes, ({ actor, body }) => bulkCodes(deps.db, { actor, input: body }));
  mount(r, deps, endpoints.undoCodebookChange, ({ actor, params }) => undoCodebookChange(deps.db, { actor, token: params.token }));
  return r;
}
