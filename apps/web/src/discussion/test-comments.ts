import type { Comment } from "@verbatim/contract";

export const ANNOTATION = "00000000-0000-4000-8000-0000000000a1";
export const ANA = { id: "00000000-0000-4000-8000-0000000000f1", name: "Ana Analyst" };
export const BEN = { id: "00000000-0000-4000-8000-0000000000f2", name: "Ben Brown" };

let n = 0;
/** A comment for tests; IDs and times increase with each call. `can` is its author's view unless given. */
export function makeComment(overrides: Partial<Comment> = {}): Comment {
  n += 1;
  const at = new Date(Date.UTC(2024, 0, 1, 10, 0, n)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    annotationId: ANNOTATION,
    statementId: "00000000-0000-4000-8000-0000000000s1".replace("s", "5"),
    statementSlug: "2024-05-01-unsc-arcadia",
    parentId: null,
    author: ANA,
    body: `Comment ${n}`,
    bodyDoc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Comment ${n}` }] }] },
    mentions: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
    deleted: false,
    can: { edit: true, delete: true },
    ...overrides,
  };
}
