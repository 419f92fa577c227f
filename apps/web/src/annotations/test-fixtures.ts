import type { Annotation } from "@verbatim/contract";
import type { Me } from "../queries/use-me.ts";

/** Test data only: an annotation with sensible defaults, and a signed-in user. */
export const AUTHOR = { id: "0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11", name: "Ada Analyst" };
export const OTHER = { id: "1c7f8b5f-9b62-4b66-8e2d-4f1f3c8b2d22", name: "Ben Other" };

let counter = 0;

export function makeAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return {
    id,
    statementId: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f",
    statementSlug: "2023-12-07-unsc-china",
    revision: 1,
    kind: "position",
    target: { paragraphId: "p1", start: 0, end: 5 },
    quote: { exact: "China", prefix: "", suffix: " supports" },
    attributes: { stance: "supports" },
    labels: [],
    note: null,
    noteDoc: null,
    status: "proposed",
    review: null,
    version: 1,
    author: AUTHOR,
    createdAt: "2024-01-01T10:00:00.000Z",
    updatedAt: "2024-01-01T10:00:00.000Z",
    ...overrides,
  };
}

export function makeMe(role: Me["workspace"]["role"], user = AUTHOR): Me {
  return {
    user: { ...user, email: "ada@example.org" },
    workspace: { id: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f", name: "Desk", role },
    workspaces: [],
    csrfToken: "csrf",
  };
}
