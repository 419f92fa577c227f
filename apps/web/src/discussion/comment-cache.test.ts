import { describe, expect, it } from "vitest";
import { applyCommentEvent, markCommentDeleted, upsertComment } from "./comment-cache.ts";
import { BEN, makeComment } from "./test-comments.ts";

const event = { id: "9", actorId: BEN.id, at: "2024-01-01T10:00:00.000Z" };

describe("the comment cache", () => {
  const a = makeComment();
  const b = makeComment({ parentId: a.id });
  const c = makeComment();

  it("adds a new comment in creation order, once", () => {
    const list = upsertComment([a, c], b)!;
    expect(list).toEqual([a, b, c]);
    expect(upsertComment(list, b)).toBe(list);
  });

  it("takes a newer version and ignores an older one (the echo of one's own edit)", () => {
    const edited = { ...a, body: "Edited", version: 2 };
    const list = applyCommentEvent([a, b], { ...event, type: "comment.updated", comment: edited })!;
    expect(list[0]).toEqual(edited);
    expect(applyCommentEvent(list, { ...event, type: "comment.updated", comment: a })).toBe(list);
  });

  it("keeps a deleted comment with replies as a placeholder, and drops one without", () => {
    const list = applyCommentEvent([a, b, c], {
      ...event,
      type: "comment.deleted",
      comment: { id: a.id, annotationId: a.annotationId, version: 2 },
    })!;
    expect(list.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(list[0]).toMatchObject({ deleted: true, body: "", bodyDoc: null });
    expect(markCommentDeleted(list, { id: b.id, version: 2 })!.map((x) => x.id)).toEqual([c.id]);
  });

  it("brings a restored comment back", () => {
    const restored = { ...c, version: 3 };
    expect(applyCommentEvent([a], { ...event, type: "comment.restored", comment: restored })).toEqual([a, restored]);
  });

  it("leaves an unloaded list alone", () => {
    expect(upsertComment(undefined, a)).toBeUndefined();
  });
});
