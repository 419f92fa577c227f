import type { Annotation } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { AnnotationRecord } from "./annotation-record.ts";
import { annotationAbilities } from "./annotation-policy.ts";

/** An annotation as the API sends it to `viewer`: the record, with what they may do with it. */
export const presentAnnotationFor =
  (viewer: Viewer) =>
  (record: AnnotationRecord): Annotation => ({ ...record, can: annotationAbilities(viewer, record.author.id) });
