import { describe, expect, it } from "vitest";
import { buildThread, liveCommentCount } from "./comment-thread.ts";
import { makeComment } from "./test-comments.ts";

describe("buildThread", () => {
  it("nests replies under their parents, oldest first, for one annotation", () => {
    const root = makeComment();
    const reply = makeComment({ parentId: root.id });
    const nested = makeComment({ parentId: reply.id });
    const second = makeComment();
    const elsewhere = makeComment({ annotationId: "00000000-0000-4000-8000-0000000000a2" });
    const tree = buildThread([root, reply, nested, second, elsewhere], root.annotationId);
    expect(tree.map((n) => n.comment.id)).toEqual([root.id, second.id]);
    expect(tree[0]!.replies[0]!.comment.id).toBe(reply.id);
    expect(tree[0]!.replies[0]!.replies[0]!.comment.id).toBe(nested.id);
  });

  it("shows a reply whose parent is missing at the top level", () => {
    const orphan = makeComment({ parentId: "00000000-0000-4000-8000-0000000000ff" });
    expect(buildThread([orphan], orphan.annotationId).map((n) => n.comment.id)).toEqual([orphan.id]);
  });

  it("counts the comments that are not deleted", () => {
    const a = makeComment({ deleted: true });
    const b = makeComment({ parentId: a.id });
    expect(liveCommentCount([a, b], a.annotationId)).toBe(1);
  });
});
