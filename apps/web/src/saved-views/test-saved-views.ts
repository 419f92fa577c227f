import type { SavedView } from "./saved-views-query.ts";

/** Test data only: a saved view with sensible defaults (a search of Ada's, hers to change). */
export function makeSavedView(n: number, overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    kind: "search",
    name: `View ${n}`,
    params: `q=crime${n}`,
    createdBy: { id: "0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11", name: "Ada Analyst" },
    createdAt: "2026-12-01T10:00:00.000Z",
    updatedAt: "2026-12-01T10:00:00.000Z",
    can: { edit: true, delete: true },
    ...overrides,
  };
}
