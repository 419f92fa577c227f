import { Router } from "express";
import type { AppDeps } from "../http/context.ts";

export function reviewRoutes(_deps: AppDeps): Router {
  const r = Router();
  return r;
}
