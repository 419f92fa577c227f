import type { ActivityItem } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { readActivityParams, writeActivityParams } from "./activity-params.ts";
import { activityHref, activitySentence, activityVerb } from "./activity-sentence.ts";

const item = (over: Partial<ActivityItem> = {}): ActivityItem => ({
  id: "7",
  type: "annotation.created",
  at: "2024-05-01T10:00:00.000Z",
  actor: { id: "u1", name: "Ada" },
  statement: { slug: "2024-05-01-unsc-arcadia", title: "Statement on organized crime" },
  annotation: { id: "a1", kind: "position", quote: "welcome", paragraphId: "p2" },
  review: null,
  comment: null,
  codebook: null,
  ...over,
});

describe("activity sentences", () => {
  it("says what a codebook change did, with no statement, and leads to the codebook", () => {
    const topic = { id: "c1", name: "cybercrime", type: "topic" as const };
    const renamed = item({
      type: "code.renamed",
      statement: null,
      annotation: null,
      codebook: { code: topic, previousName: "cyber crime", into: null, annotations: 0 },
    });
    expect(activitySentence(renamed)).toBe("Ada renamed the topic ‘cyber crime’ to ‘cybercrime’");
    expect(activityHref(renamed)).toBe("/codebook");
    const merged = item({
      type: "code.merged",
      statement: null,
      annotation: null,
      codebook: { code: { ...topic, name: "Cyber-crime" }, previousName: null, into: topic, annotations: 12 },
    });
    expect(activityVerb(merged)).toBe("merged the topic ‘Cyber-crime’ into ‘cybercrime’ on 12 annotations");
  });

  it("says who did what to which kind, in which statement", () => {
    expect(activitySentence(item())).toBe("Ada tagged a position in ‘Statement on organized crime’");
    const commitment = { id: "a1", kind: "commitment" as const, quote: "q", paragraphId: "p3" };
    expect(activityVerb(item({ type: "annotation.updated", annotation: commitment }))).toBe("edited a commitment");
    expect(activityVerb(item({ type: "annotation.reviewed", review: { status: "rejected" } }))).toBe("rejected a position");
    expect(activityVerb(item({ type: "annotation.deleted" }))).toBe("deleted a position");
    expect(activityVerb(item({ type: "comment.created", annotation: { ...commitment, kind: "cross-reference" } }))).toBe(
      "commented on a cross-reference",
    );
    expect(activityVerb(item({ type: "comment.deleted", annotation: null }))).toBe("deleted a comment on an annotation");
  });

  it("copes with an event type it does not know", () => {
    expect(activitySentence(item({ type: "statement.renamed", annotation: null }))).toBe(
      "Ada made a change in ‘Statement on organized crime’",
    );
  });

  it("links to the paragraph, or to the statement when there is none", () => {
    expect(activityHref(item())).toBe("/s/2024-05-01-unsc-arcadia#p2");
    expect(activityHref(item({ annotation: null }))).toBe("/s/2024-05-01-unsc-arcadia");
  });

  it("keeps the filters in the URL, dropping empty ones", () => {
    const params = writeActivityParams(new URLSearchParams("x=1&member=old"), { member: "", statement: "s-1" });
    expect(params.toString()).toBe("x=1&statement=s-1");
    expect(readActivityParams(params)).toEqual({ member: "", statement: "s-1" });
  });
});
