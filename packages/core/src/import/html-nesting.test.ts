import { describe, expect, it } from "vitest";
import { readHtml } from "./from-html.ts";
import { capHtmlNesting } from "./html-nesting.ts";
import { importStatement } from "./import-statement.ts";

describe("capHtmlNesting", () => {
  it("leaves a page within the limit exactly as it was", () => {
    const page = "<div><p>We <b>agree</b>.</p><ul><li>One<li>Two</ul><br><img src=x></div>";
    expect(capHtmlNesting(page, 3)).toBe(page);
  });

  it("drops the start and end tags of elements deeper than the limit, keeping their text", () => {
    expect(capHtmlNesting("<div><div><div><div>x</div></div></div></div>", 2)).toBe("<div><div>x</div></div>");
    expect(capHtmlNesting('<section><p>a <b class="c">b</b> c</p></section>', 2)).toBe("<section><p>a b c</p></section>");
  });

  it("counts elements as the parser nests them: implied closes and void elements add no depth", () => {
    const unclosed = `<div>${"<p>para".repeat(50)}${"<li>item".repeat(50)}${"<br>".repeat(50)}</div>`;
    expect(capHtmlNesting(unclosed, 3)).toBe(unclosed);
  });

  it("closes self-closing tags only inside SVG and MathML, as the parser does", () => {
    expect(capHtmlNesting("<svg><g/><g/><g/><g/></svg>", 2)).toBe("<svg><g/><g/><g/><g/></svg>");
    expect(capHtmlNesting("<div/><div/><div/>x", 2)).toBe("<div/><div/>x");
  });

  it("never drops a script or style, whose content would show as text", () => {
    expect(capHtmlNesting("<b><i><script>a < b</script></i></b>", 1)).toBe("<b><script>a < b</script></b>");
  });

  it("counts tags inside <iframe> and <plaintext> too, which the older htmlparser2 in sanitize-html reads as tags", () => {
    expect(capHtmlNesting("<iframe><div><div>x</div></div></iframe>", 2)).toBe("<iframe><div>x</div></iframe>");
  });
});

describe("reading hostile HTML", () => {
  it("reads 100,000 nested <div> (quadratic before: minutes at 200,000)", () => {
    expect(readHtml(`${"<div>".repeat(100_000)}We agree.`).blocks).toEqual([{ kind: "paragraph", text: "We agree." }]);
  });

  it("reads 100,000 nested <b> and 50,000 nested lists", () => {
    expect(importStatement(`${"<b>".repeat(100_000)}We agree.`, "html").blocks).toEqual([{ kind: "paragraph", text: "We agree." }]);
    expect(importStatement(`${"<ul><li>".repeat(50_000)}We agree.`, "html").blocks).toEqual([{ kind: "paragraph", text: "We agree." }]);
  });

  it("still splits blocks and numbers items within the limit", () => {
    const html = `${"<div>".repeat(100)}<ol><li>One</li><li>Two</li></ol><p>After.</p>`;
    expect(importStatement(html, "html").blocks.map((b) => b.text)).toEqual(["1. One", "2. Two", "After."]);
  });
});
