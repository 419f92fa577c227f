import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { AppError } from "./http/app-error.ts";
import type { AppDeps } from "./http/context.ts";
import { errorHandler } from "./http/error-handler.ts";
import { verifyJsonBody } from "./http/json-body-guard.ts";
import { JSON_MEDIA_TYPES, requireJsonBody } from "./http/require-json.ts";
import { teamRoutes } from "./features/team/team-routes.ts";
import { discussionRoutes } from "./features/discussion/discussion-routes.ts";
import { reviewRoutes } from "./features/review/review-routes.ts";
import { compareRoutes } from "./features/compare/compare-routes.ts";
import { activityRoutes } from "./features/activity/activity-routes.ts";
import { assignmentRoutes } from "./features/assignments/assignment-routes.ts";
import { annotationRoutes } from "./features/annotations/annotation-routes.ts";
import { authRoutes } from "./features/account/auth-routes.ts";
import { exportRoutes } from "./features/exports/export-routes.ts";
import { importRoutes } from "./features/w3c-import/import-routes.ts";
import { jobRoutes } from "./features/jobs/job-routes.ts";
import { liveRoutes } from "./features/live/live-routes.ts";
import { instrumentRoutes } from "./features/vocabulary/instrument-routes.ts";
import { citationRoutes } from "./features/citations/citation-routes.ts";
import { searchRoutes } from "./features/search/search-routes.ts";
import { analysisRoutes } from "./features/analysis/analysis-routes.ts";
import { systemRoutes } from "./features/system/system-routes.ts";
import { statementLifecycleRoutes } from "./features/statements/statement-lifecycle-routes.ts";
import { statementRoutes } from "./features/statements/statement-routes.ts";
import { statementImportRoutes } from "./features/imports/statement-import-routes.ts";
import { revisionRoutes } from "./features/revisions/revision-routes.ts";
import { placingRoutes } from "./features/placing/placing-routes.ts";
import { tokenRoutes } from "./features/account/token-routes.ts";
import { vocabularyRoutes } from "./features/vocabulary/vocabulary-routes.ts";
import { codebookRoutes } from "./features/codebook/codebook-routes.ts";
import { suggestionRoutes } from "./features/suggestions/suggestion-routes.ts";
import { codebookExchangeRoutes } from "./features/codebook/codebook-exchange-routes.ts";
import { registryRoutes } from "./features/registry/registry-routes.ts";
import { savedViewRoutes } from "./features/saved-views/saved-view-routes.ts";

export const BODY_LIMIT = "8mb";

export interface AppOptions {
  /** The built web app (apps/web/dist), served beside the API when present. */
  webDist?: string;
  trustProxy?: string | boolean | number;
}

export function createApp(deps: AppDeps, opts: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", opts.trustProxy ?? "loopback");
  // upgrade-insecure-requests would break the app when it is served over plain HTTP on a LAN address.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(
    pinoHttp({
      logger: deps.logger,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split("?")[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    }),
  );

  // Routes carry their full /api paths, as the contract's endpoints list them.
  app.use("/api", requireJsonBody, express.json({ limit: BODY_LIMIT, strict: false, type: JSON_MEDIA_TYPES, verify: verifyJsonBody }));
  const routeGroups = [
    systemRoutes,
    authRoutes,
    tokenRoutes,
    // Before statementRoutes: its GET /api/statements/:idOrSlug would take /api/statements/deleted.
    statementLifecycleRoutes,
    statementRoutes,
    statementImportRoutes,
    revisionRoutes,
    placingRoutes,
    annotationRoutes,
    suggestionRoutes,
    vocabularyRoutes,
    codebookRoutes,
    codebookExchangeRoutes,
    registryRoutes,
    instrumentRoutes,
    citationRoutes,
    searchRoutes,
    analysisRoutes,
    exportRoutes,
    importRoutes,
    liveRoutes,
    teamRoutes,
    discussionRoutes,
    reviewRoutes,
    compareRoutes,
    activityRoutes,
    jobRoutes,
    assignmentRoutes,
    savedViewRoutes,
  ];
  for (const routes of routeGroups) app.use(routes(deps));
  app.use("/api", (req, _res, next) => next(new AppError("not_found", `no route ${req.method} ${req.originalUrl.split("?")[0]}`)));

  if (opts.webDist && existsSync(path.join(opts.webDist, "index.html"))) {
    const index = path.join(opts.webDist, "index.html");
    app.use(express.static(opts.webDist, { index: false, maxAge: "1h" }));
    app.get(/.*/, (_req, res) => res.sendFile(index));
  }
  app.use(errorHandler);
  return app;
}
