import { describe, expect, it } from "vitest";
import { CommentDoc, commentDocToText, mentionIdsOf, relabelMentions, textToCommentDoc } from "./comment-body.ts";
import { CommentBodyInput } from "./comments.ts";

const ANA = "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f";
const BEN = "1c7f8b5f-9b62-4b66-8e2d-4f1f3c8b2d22";
const mention = (id: string, label: string) => ({ type: "mention" as const, attrs: { id, label } });
const doc = {
  type: "doc" as const,
  content: [
    {
      type: "paragraph" as const,
      content: [
        { type: "text" as const, text: "Ask " },
        mention(ANA, "Ana"),
        { type: "text" as const, text: " and " },
        mention(BEN, "Ben"),
      ],
    },
    { type: "paragraph" as const, content: [mention(ANA, "Ana"), { type: "text" as const, text: " again" }] },
  ],
};

describe("comment bodies", () => {
  it("reads a mention as @Name, by the member's current name when known", () => {
    expect(commentDocToText(doc)).toBe("Ask @Ana and @Ben\n@Ana again");
    expect(commentDocToText(doc, (id) => (id === BEN ? "Benedict" : undefined))).toBe("Ask @Ana and @Benedict\n@Ana again");
  });

  it("lists each mentioned member once, in order", () => {
    expect(mentionIdsOf(doc)).toEqual([ANA, BEN]);
    expect(mentionIdsOf(textToCommentDoc("no @one here"))).toEqual([]);
  });

  it("relabels mentions with the stored names and drops other attributes", () => {
    const withChar = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: ANA, label: "Fake", mentionSuggestionChar: "@" } }] }],
    };
    expect(relabelMentions(CommentDoc.parse(withChar), () => "Ana Analyst")).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: ANA, label: "Ana Analyst" } }] }],
    });
  });

  it("accepts text or a document with some text, and refuses unknown nodes, bad mentions and empty bodies", () => {
    expect(CommentBodyInput.safeParse("plain <b>text</b>").success).toBe(true);
    expect(CommentBodyInput.safeParse(doc).success).toBe(true);
    expect(CommentBodyInput.safeParse("  ").success).toBe(false);
    expect(CommentBodyInput.safeParse({ type: "doc", content: [{ type: "paragraph" }] }).success).toBe(false);
    expect(CommentBodyInput.safeParse({ type: "doc", content: [{ type: "image", attrs: { src: "x" } }] }).success).toBe(false);
    expect(CommentBodyInput.safeParse({ type: "doc", content: [{ type: "mention", attrs: { id: "me" } }] }).success).toBe(false);
    expect(CommentBodyInput.safeParse({ type: "paragraph", content: [{ type: "text", text: "x" }] }).success).toBe(false);
    expect(CommentBodyInput.safeParse("x".repeat(10_001)).success).toBe(false);
  });

  it("turns plain text into one paragraph per line", () => {
    expect(commentDocToText(textToCommentDoc("one\n\ntwo"))).toBe("one\ntwo");
  });
});
