import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { stripXmlForbidden, xmlAttr, xmlText } from "./xml-text.ts";

/** The root's attribute `a` and text, as an XML parser decodes them. */
function readBack(xml: string): { a: string; text: string } {
  const out = { a: "", text: "" };
  const parser = new Parser({ onopentag: (_name, attrs) => (out.a = attrs.a ?? ""), ontext: (t) => (out.text += t) }, { xmlMode: true });
  parser.end(xml);
  return out;
}

describe("XML text", () => {
  it("escapes markup in text and attributes", () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
    expect(xmlAttr(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  });

  it("keeps line ends and tabs in attributes as references", () => {
    expect(xmlAttr("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
    expect(xmlText("a\tb\nc\rd")).toBe("a\tb\nc&#13;d");
  });

  it("drops what XML 1.0 forbids and keeps astral characters", () => {
    expect(stripXmlForbidden("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF")).toBe("abcde");
    expect(stripXmlForbidden("x\uD800y\uDC00z")).toBe("xyz");
    expect(stripXmlForbidden("🌍 é \u0085 \uE000")).toBe("🌍 é \u0085 \uE000");
    expect(xmlText("\uD83C")).toBe("");
  });

  it("reads back as the text it was given, less the forbidden characters", () => {
    const s = `Tom & "Jerry" <b>\u0001 'x'\t🌍\r\nend`;
    const back = readBack(`<r a="${xmlAttr(s)}">${xmlText(s)}</r>`);
    expect(back.a).toBe(stripXmlForbidden(s));
    expect(back.text).toBe(stripXmlForbidden(s));
  });

  it("is linear on a long run of lone surrogates", () => {
    expect(xmlText("\uD800".repeat(200_000) + "ok")).toBe("ok");
  });
});
