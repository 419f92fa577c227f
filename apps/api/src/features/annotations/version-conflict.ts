import type { AnnotationView } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";

export const versionConflict = (current: AnnotationView) =>
  new AppError("version_conflict", `the annotation changed since version you sent; it is now at version ${current.version}`, { current });
