import { describe, expect, it } from "vitest";
import { richNote } from "./test-fixtures.ts";
import { tiptapToHtml } from "./tiptap-html.ts";

describe("tiptapToHtml", () => {
  it("renders paragraphs, marks, links and lists, escaping text", () => {
    expect(tiptapToHtml(richNote)).toBe(
      '<p>Compare <strong>UNTOC art. 5</strong> &lt;and&gt; <a href="https://www.unodc.org/">the text</a></p><ul><li><p>follow up 😀</p></li></ul>',
    );
  });

  it("drops unsafe links and unknown marks, keeps unknown nodes' content", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "mystery",
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }, { type: "glow" }] }],
        },
        { type: "paragraph", content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b", marks: [null] }] },
      ],
    };
    expect(tiptapToHtml(doc)).toBe("x<p>a<br>b</p>");
  });

  it("returns null for anything but a document", () => {
    expect(tiptapToHtml("text")).toBeNull();
    expect(tiptapToHtml({ type: "paragraph" })).toBeNull();
    expect(tiptapToHtml(null)).toBeNull();
  });
});
