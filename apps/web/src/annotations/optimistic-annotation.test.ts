import { describe, expect, it } from "vitest";
import { isOptimisticId, newOptimisticId, optimisticAnnotation, withChanges } from "./optimistic-annotation.ts";
import { AUTHOR, makeAnnotation } from "./test-fixtures.ts";

const ctx = { id: "optimistic-x", slug: "s", statementId: "st", revision: 2, author: AUTHOR, now: "2024-05-01T00:00:00.000Z" };

describe("optimistic annotations", () => {
  it("have IDs that say so", () => {
    const id = newOptimisticId();
    expect(isOptimisticId(id)).toBe(true);
    expect(newOptimisticId()).not.toBe(id);
    expect(isOptimisticId("0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11")).toBe(false);
  });

  it("are built from the request: the selection's whole quote, proposed, version 1, nothing to do yet", () => {
    const quote = { exact: "we will", prefix: "Today ", suffix: " act" };
    const a = optimisticAnnotation(
      {
        kind: "commitment",
        target: { paragraphId: "p2", start: 3, end: 9, endParagraphId: "p3", exact: "we will" },
        attributes: { strength: "pledge" },
        labels: ["cyber"],
        note: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Check" }] }] },
      },
      quote,
      ctx,
    );
    expect(a).toMatchObject({
      id: "optimistic-x",
      statementSlug: "s",
      revision: 2,
      kind: "commitment",
      target: { paragraphId: "p2", start: 3, end: 9, endParagraphId: "p3" },
      quote,
      labels: ["cyber"],
      note: "Check",
      status: "proposed",
      version: 1,
      author: AUTHOR,
      can: { edit: false, delete: false, review: false, comment: false },
    });
    expect(a.target).not.toHaveProperty("exact");
  });

  it("apply an edit the way the server does, keeping what the user may do", () => {
    const can = { edit: true, delete: false, review: true, comment: true };
    const before = makeAnnotation({ status: "accepted", version: 4, note: "old", can });
    const after = withChanges(before, { attributes: { stance: "opposes" }, labels: ["x"], note: null }, ctx.now);
    expect(after).toMatchObject({
      attributes: { stance: "opposes" },
      labels: ["x"],
      note: null,
      status: "proposed",
      version: 5,
      updatedAt: ctx.now,
      can,
    });
    expect(withChanges(before, { labels: [] }, ctx.now).note).toBe("old");
  });
});
