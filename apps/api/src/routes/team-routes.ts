import { Router } from "express";
import type { AppDeps } from "../http/context.ts";

export function teamRoutes(_deps: AppDeps): Router {
  const r = Router();
  return r;
}
