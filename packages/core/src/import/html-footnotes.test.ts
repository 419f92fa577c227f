import { describe, expect, it } from "vitest";
import { splitHtmlFootnotes } from "./html-footnotes.ts";

// What mammoth writes for a Word file with two footnotes and an endnote.
const mammothHtml =
  '<h1>Statement by Kenya</h1><p>We recall resolution 74/247<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> and ' +
  'the Convention<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup>.</p><p>We thank you.<sup><a href="#endnote-1" id="endnote-ref-1">[i]</a></sup></p>' +
  '<ol><li id="footnote-1"><p> A/RES/74/247 of 27 December 2019. <a href="#footnote-ref-1">↑</a></p></li>' +
  '<li id="footnote-2"><p> United Nations Convention against Transnational Organized Crime. <a href="#footnote-ref-2">↑</a></p></li></ol>' +
  '<ol><li id="endnote-1"><p> Delivered in English. <a href="#endnote-ref-1">↑</a></p></li></ol>';

describe("splitHtmlFootnotes", () => {
  it("sets mammoth's footnotes and endnotes apart and removes their marks from the text", () => {
    const { html, footnotes } = splitHtmlFootnotes(mammothHtml);
    expect(footnotes).toEqual([
      { mark: "1", text: "A/RES/74/247 of 27 December 2019." },
      { mark: "2", text: "United Nations Convention against Transnational Organized Crime." },
      { mark: "e1", text: "Delivered in English." },
    ]);
    expect(html).toContain("<p>We recall resolution 74/247 and the Convention.</p>");
    expect(html).not.toContain("footnote");
    expect(html).not.toContain("[1]");
  });

  it("leaves HTML without notes as it is", () => {
    const html = "<p>Tom &amp; Jerry &lt;3</p>";
    expect(splitHtmlFootnotes(html)).toEqual({ html, footnotes: [] });
  });

  it("keeps text that merely mentions a footnote", () => {
    const { html, footnotes } = splitHtmlFootnotes('<p>See footnote-1 <a href="https://example.org/footnote-2">here</a>.</p>');
    expect(footnotes).toEqual([]);
    expect(html).toContain("here</a>");
  });
});
