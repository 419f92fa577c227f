import { describe, expect, it } from "vitest";
import { readHtmlBlocks } from "./from-html.ts";

describe("readHtmlBlocks", () => {
  it("reads headings and paragraphs, <br> as a line break, entities decoded", () => {
    expect(readHtmlBlocks("<h2>Kyoto&nbsp;Declaration</h2><p>We <strong>welcome</strong> it&nbsp;&amp; more.<br>Next line.</p>")).toEqual([
      { kind: "heading", text: "Kyoto\u00a0Declaration", level: 2 },
      { kind: "paragraph", text: "We welcome it\u00a0& more.\nNext line." },
    ]);
  });

  it("drops scripts, styles, navigation, headers, footers and asides with their content", () => {
    const html =
      "<html><head><title>Site</title><style>p{}</style></head><body><header><h1>Mission</h1></header><nav><ul><li>Home</li></ul></nav>" +
      "<p>Speech.</p><aside><p>Related</p></aside><footer><p>Copyright</p></footer><script>alert(1)</script></body></html>";
    expect(readHtmlBlocks(html)).toEqual([{ kind: "paragraph", text: "Speech." }]);
  });

  it("reads list items, blockquotes and divs with text as paragraphs, numbering ordered items", () => {
    const html =
      '<div>Intro text<ol start="2"><li>Second point.</li><li>Third point.</li></ol></div><blockquote>Quoted.</blockquote><ul><li>Bullet.</li></ul>';
    expect(readHtmlBlocks(html).map((b) => b.text)).toEqual(["Intro text", "2. Second point.", "3. Third point.", "Quoted.", "Bullet."]);
  });

  it("numbers an item whose text sits in a nested paragraph", () => {
    expect(readHtmlBlocks("<ol><li><p>First.</p><p>More of it.</p></li><li>Second.</li></ol>").map((b) => b.text)).toEqual([
      "1. First.",
      "More of it.",
      "2. Second.",
    ]);
  });

  it("keeps table cells apart and folds source white space", () => {
    expect(readHtmlBlocks("<table><tr><td>One</td><td>Two\n   words</td></tr></table>").map((b) => b.text)).toEqual(["One", "Two words"]);
  });

  it("keeps a no-break-space-only paragraph so the clean-up can record it as empty", () => {
    expect(readHtmlBlocks("<p>&nbsp;</p>")).toEqual([{ kind: "paragraph", text: "\u00a0" }]);
  });
});
