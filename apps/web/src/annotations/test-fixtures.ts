import type { Annotation, AnnotationAbilities, WorkspaceAbilities } from "@verbatim/contract";
import { type LooseAnnotation, taggedAttributes } from "@verbatim/core";
import type { Me } from "../queries/use-me.ts";
import { TEST_ATTRIBUTES } from "./test-attributes.ts";

/** Test data only: an annotation with sensible defaults, and a signed-in user. */
export const AUTHOR = { id: "0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11", name: "Ada Analyst" };
export const OTHER = { id: "1c7f8b5f-9b62-4b66-8e2d-4f1f3c8b2d22", name: "Ben Other" };

/**
 * The verdicts the API would send. The defaults are an analyst's (AUTHOR, makeMe's default user) on their own
 * annotation; a test about what someone may do gives its own, as the server decides them, not the role.
 */
export const OWN_ANNOTATION: AnnotationAbilities = { edit: true, delete: true, review: false, comment: true };
export const READ_ONLY: AnnotationAbilities = { edit: false, delete: false, review: false, comment: false };
export const ANALYST_ABILITIES: WorkspaceAbilities = {
  import: true,
  review: false,
  manageMembers: false,
  addInstruments: false,
  createWorkspace: false,
  assign: false,
  restoreStatements: false,
  saveViews: true,
};

let counter = 0;

export function makeAnnotation(overrides: Partial<LooseAnnotation<Annotation>> = {}): Annotation {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return {
    id,
    statementId: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f",
    statementSlug: "2023-12-07-unsc-china",
    revision: 1,
    anchor: { state: "anchored", revision: 1 },
    target: { paragraphId: "p1", start: 0, end: 5 },
    quote: { exact: "China", prefix: "", suffix: " supports" },
    labels: [],
    codes: [],
    note: null,
    noteDoc: null,
    status: "proposed",
    review: null,
    version: 1,
    author: AUTHOR,
    createdAt: "2024-01-01T10:00:00.000Z",
    updatedAt: "2024-01-01T10:00:00.000Z",
    can: OWN_ANNOTATION,
    provenance: null,
    ...overrides,
    ...taggedAttributes(overrides.kind ?? "position", overrides.attributes ?? TEST_ATTRIBUTES[overrides.kind ?? "position"]),
  };
}

/** The signed-in user. The role is shown, never decides: `abilities` (an analyst's unless given) does. */
export function makeMe(role: Me["workspace"]["role"], user = AUTHOR, abilities: Partial<WorkspaceAbilities> = {}): Me {
  return {
    user: { ...user, email: "ada@example.org" },
    workspace: { id: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f", name: "Desk", role },
    abilities: { ...ANALYST_ABILITIES, ...abilities },
    workspaces: [],
    csrfToken: "csrf",
  };
}
