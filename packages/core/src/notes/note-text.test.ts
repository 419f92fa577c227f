import { describe, expect, it } from "vitest";
import { noteToPlainText } from "./note-text.ts";

describe("noteToPlainText", () => {
  it("joins paragraphs with newlines and keeps marks' text", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Compare " },
            { type: "text", text: "para 9" },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "of 2022." }] },
      ],
    };
    expect(noteToPlainText(doc)).toBe("Compare para 9\nof 2022.");
  });

  it("prefixes list items and skips empty paragraphs", () => {
    const item = (t: string) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: t }] }] });
    const doc = { type: "doc", content: [{ type: "paragraph" }, { type: "bulletList", content: [item("UNTOC"), item("UNCAC")] }] };
    expect(noteToPlainText(doc)).toBe("- UNTOC\n- UNCAC");
  });
});
