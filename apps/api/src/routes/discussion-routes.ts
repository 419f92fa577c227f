import { Router } from "express";
import type { AppDeps } from "../http/context.ts";

export function discussionRoutes(_deps: AppDeps): Router {
  const r = Router();
  return r;
}
