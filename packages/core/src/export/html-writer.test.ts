import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { htmlWriter } from "./html-writer.ts";
import { CHINESE_QUOTE, china, INJECTION_QUOTE, items, meta, NOTE, render } from "./test-items.ts";

type Element = ReturnType<typeof DomUtils.findAll>[number];

const html = render(htmlWriter(meta));
const doc = parseDocument(html);
const elements = DomUtils.findAll(() => true, doc.children);
const byTag = (tag: string, root: Element[] = elements): Element[] => root.filter((e) => e.name === tag);
const text = (e: Element | undefined): string => (e ? DomUtils.textContent(e).trim() : "");
const within = (e: Element, tag: string): Element[] => DomUtils.findAll((x) => x.name === tag, e.children);

const ALLOWED =
  "html head meta title style body header h1 p time section h2 ul li main article a h3 figure blockquote figcaption cite dl dt dd";

describe("htmlWriter", () => {
  it("is a complete HTML5 document with a title, charset and language", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(byTag("html")[0]?.attribs.lang).toBe("en");
    expect(byTag("meta").some((m) => m.attribs.charset === "utf-8")).toBe(true);
    expect(text(byTag("title")[0])).toBe(meta.title);
    expect(text(byTag("h1")[0])).toBe(meta.title);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("embeds a print stylesheet", () => {
    const css = text(byTag("style")[0]);
    for (const rule of [
      "@media print",
      "@page",
      "size: A4",
      "break-inside: avoid",
      ".statement + .statement { break-before: page",
      "serif",
    ]) {
      expect(css).toContain(rule);
    }
  });

  it("lists the filters", () => {
    expect(byTag("li").map(text)).toEqual(["Status: accepted, disputed", "Kind: position"]);
  });

  it("nests excerpts in a section per kind in an article per statement", () => {
    const articles = byTag("article");
    expect(articles.map((a) => text(within(a, "h2")[0]))).toEqual(["Statement on behalf of the Asia-Pacific Group", china.title]);
    expect(articles.map((a) => within(a, "section").map((s) => text(within(s, "h3")[0])))).toEqual([
      ["Positions", "Commitments", "Cross-references"],
      ["Positions", "Cross-references"],
    ]);
    expect(articles.map((a) => within(a, "figure").length)).toEqual([3, 2]);
  });

  it("quotes each excerpt with its cite URL and citation", () => {
    const figures = byTag("figure");
    expect(
      figures.map((f) =>
        within(within(f, "blockquote")[0] as Element, "p")
          .map(text)
          .join("\n"),
      ),
    ).toEqual(items.map((i) => i.annotation.quote.exact));
    const first = figures[1] as Element;
    const link = "https://verbatim.example.org/s/2023-05-22-ccpcj32-apg#p9";
    expect(within(first, "blockquote")[0]?.attribs.cite).toBe(link);
    expect(within(first, "a")[0]?.attribs.href).toBe(link);
    expect(text(within(first, "cite")[0])).toBe(
      "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9–10 (now ¶11) (2023-05-22-ccpcj32-apg#p9)",
    );
    expect(figures.map((f) => text(within(f, "blockquote")[0]))).toContain(CHINESE_QUOTE);
  });

  it("describes attributes, labels, note and status in a definition list", () => {
    const dl = within(byTag("figure")[0] as Element, "dl")[0] as Element;
    const pairs = within(dl, "dt").map((dt) => [text(dt), text(DomUtils.nextElementSibling(dt) ?? undefined)]);
    expect(pairs).toEqual([
      ["Stance", "concerned"],
      ["Topics", "cybercrime, corruption"],
      ["Labels", "priority, =SUM(1)"],
      ["Note", NOTE],
      ["Status", "Accepted by Rita Reviewer on 3 February 2024"],
      ["Review comment", "Agreed, see ¶3"],
    ]);
  });

  it("lets no user-provided element or link through", () => {
    expect(new Set(elements.map((e) => e.name))).toEqual(new Set(ALLOWED.split(" ")));
    expect(text(byTag("figure")[4])).toContain(INJECTION_QUOTE);
    const hrefs = byTag("a").map((a) => a.attribs.href ?? "");
    expect(hrefs.every((h) => h.startsWith("https://verbatim.example.org/s/") || h.startsWith("https://www.unodc.org/"))).toBe(true);
    expect(html).not.toContain("javascript:");
  });

  it("cites in the chosen style", () => {
    const short = DomUtils.findAll((e) => e.name === "cite", parseDocument(render(htmlWriter(meta, { citation: "short" }))).children);
    expect(text(short[0])).toBe("Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9");
  });

  it("lets a long URL break anywhere on screen, so that it stays within the text column", () => {
    expect(text(byTag("style")[0])).toMatch(/(^|\n)a \{[^}]*overflow-wrap: anywhere;/);
  });

  it("says so when nothing matches, and closes the document", () => {
    const empty = parseDocument(render(htmlWriter(meta), []));
    const all = DomUtils.findAll(() => true, empty.children);
    expect(all.some((e) => e.name === "article")).toBe(false);
    expect(text(all.find((e) => e.attribs.class === "empty"))).toBe("No annotations match these filters.");
  });
});
