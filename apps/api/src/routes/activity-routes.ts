import { Router } from "express";
import type { AppDeps } from "../http/context.ts";

export function activityRoutes(_deps: AppDeps): Router {
  const r = Router();
  return r;
}
