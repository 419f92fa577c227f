import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { AppError } from "./http/app-error.ts";
import type { AppDeps } from "./http/context.ts";
import { errorHandler } from "./http/error-handler.ts";
import { JSON_MEDIA_TYPES, requireJsonBody } from "./http/require-json.ts";
import { teamRoutes } from "./routes/team-routes.ts";
import { discussionRoutes } from "./routes/discussion-routes.ts";
import { reviewRoutes } from "./routes/review-routes.ts";
import { compareRoutes } from "./routes/compare-routes.ts";
import { activityRoutes } from "./routes/activity-routes.ts";
import { annotationRoutes } from "./routes/annotation-routes.ts";
import { authRoutes } from "./routes/auth-routes.ts";
import { exportRoutes } from "./routes/export-routes.ts";
import { importRoutes } from "./routes/import-routes.ts";
import { liveRoutes } from "./routes/live-routes.ts";
import { miscRoutes } from "./routes/misc-routes.ts";
import { statementRoutes } from "./routes/statement-routes.ts";
import { tokenRoutes } from "./routes/token-routes.ts";
import { vocabularyRoutes } from "./routes/vocabulary-routes.ts";

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
  app.use("/api", requireJsonBody, express.json({ limit: BODY_LIMIT, strict: false, type: JSON_MEDIA_TYPES }));
  const routeGroups = [
    miscRoutes,
    authRoutes,
    tokenRoutes,
    statementRoutes,
    annotationRoutes,
    vocabularyRoutes,
    exportRoutes,
    importRoutes,
    liveRoutes,
    teamRoutes,
    discussionRoutes,
    reviewRoutes,
    compareRoutes,
    activityRoutes,
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
