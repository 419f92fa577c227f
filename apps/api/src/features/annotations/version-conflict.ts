import type { Viewer } from "../../auth/actor.ts";
import { AppError } from "../../http/app-error.ts";
import { presentAnnotationFor } from "./annotation-for-viewer.ts";
import type { AnnotationRecord } from "./annotation-record.ts";

/** 409 with the annotation as it is now, presented for the caller (a client puts it in its cache as it is). */
export const versionConflict = (viewer: Viewer, current: AnnotationRecord) =>
  new AppError("version_conflict", `the annotation changed since version you sent; it is now at version ${current.version}`, {
    current: presentAnnotationFor(viewer)(current),
  });
