import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { sendExportFile } from "./send-export-file.ts";
import { previewExport } from "./preview-export.ts";
import { streamExport } from "./stream-export.ts";

export function exportRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.previewExport, async ({ actor, query }) => previewExport(deps.db, { workspaceId: actor.workspaceId, query }));
  mount(r, deps, endpoints.exportAnnotations, async ({ actor, query, baseUrl }, req, res) => {
    const exportedBy = { id: actor.userId, name: actor.name };
    const file = await streamExport(deps.db, { workspaceId: actor.workspaceId, query, baseUrl, work: deps.work, exportedBy });
    await sendExportFile(req, res, file);
  });
  return r;
}
