import type { Me } from "../queries/use-me.ts";

/** Analysts, reviewers and admins import statements; viewers read them (the API answers 403 otherwise). */
export function canImport(role: Me["workspace"]["role"]): boolean {
  return role !== "viewer";
}
