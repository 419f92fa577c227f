import { endpoints, type StatementAbilities } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";
import { canCreateAnnotation } from "../annotations/annotation-policy.ts";

/** Analysts and above import statements (the endpoint's own gate). */
export const canImportStatements = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createStatement);

/** What the viewer may do with a statement, sent with it. */
export const statementAbilities = (viewer: Viewer): StatementAbilities => ({ annotate: canCreateAnnotation(viewer) });
