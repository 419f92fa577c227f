import { commentDocToText, mentionIdsOf } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { bodyFromEditor } from "./editor-body.ts";
import { BEN } from "./test-comments.ts";

describe("bodyFromEditor", () => {
  const mention = { type: "mention", attrs: { id: BEN.id, label: BEN.name, mentionSuggestionChar: "@" } };

  it("keeps mentions and drops trailing empty paragraphs", () => {
    const doc = bodyFromEditor({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Ask " }, mention] }, { type: "paragraph" }],
    })!;
    expect(doc.content).toHaveLength(1);
    expect(commentDocToText(doc)).toBe("Ask @Ben Brown");
    expect(mentionIdsOf(doc)).toEqual([BEN.id]);
  });

  it("is null when there is nothing to send", () => {
    expect(bodyFromEditor({ type: "doc", content: [{ type: "paragraph" }] })).toBeNull();
    expect(bodyFromEditor({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "  " }] }] })).toBeNull();
    expect(bodyFromEditor({ type: "image" })).toBeNull();
  });
});
