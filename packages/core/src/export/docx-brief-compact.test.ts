import { beforeAll, describe, expect, it } from "vitest";
import { docxBrief } from "./docx-brief.ts";
import { readDocx, type WordParagraph } from "./docx-test-paragraphs.ts";
import { items, meta } from "./test-items.ts";

let paragraphs: WordParagraph[] = [];
let tables = 0;
beforeAll(async () => {
  ({ paragraphs, tables } = await readDocx(docxBrief(items, meta, { layout: "compact", citation: "short" })));
});
const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe("docxBrief, compact layout", () => {
  it("puts the filters on one line under the title, with no title page or table", () => {
    expect(paragraphs.slice(0, 2).map((p) => p.text)).toEqual([
      meta.title,
      "Multilateral desk · exported 1 March 2024 · 5 excerpts from 2 statements · Filters: Status: accepted, disputed; Kind: position",
    ]);
    expect(tables).toBe(0);
  });

  it("runs statements on, with no page break anywhere", () => {
    expect(styled("Heading1")).toHaveLength(2);
    expect(paragraphs.filter((p) => p.pageBreak)).toEqual([]);
  });

  it("gives each excerpt one line of quote and citation in the chosen style, and one line of details", () => {
    expect(styled("CompactExcerpt")[0]).toBe(
      '“We are concerned about cybercrime, "ransomware" and corruption.” — Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9',
    );
    expect(styled("CompactExcerpt")[1]).toBe(
      "“We pledge to\nsupport technical assistance” — Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9–10 (now ¶11)",
    );
    expect(styled("CompactDetails")[2]).toBe(
      "Relation: reaffirms · Target: UNTOC · Status: Disputed by Rita Reviewer on 4 February 2024 · Review comment: -not sure",
    );
    expect(styled("Excerpt")).toEqual([]);
  });

  it("does not double the marks of a quote that has its own", async () => {
    const own = items.map((item) => ({
      ...item,
      annotation: { ...item.annotation, quote: { ...item.annotation.quote, exact: "“Transnational organized crime”" } },
    }));
    const { paragraphs: quoted } = await readDocx(docxBrief(own, meta, { layout: "compact" }));
    const excerpts = quoted.filter((p) => p.style === "CompactExcerpt").map((p) => p.text);
    expect(excerpts[0]).toMatch(/^“Transnational organized crime” — Asia-Pacific Group/);
  });

  it("says so when nothing matches, without a page break", async () => {
    const empty = await readDocx(docxBrief([], { ...meta, filters: [] }, { layout: "compact" }));
    expect(empty.paragraphs.map((p) => p.text)).toEqual([
      meta.title,
      "Multilateral desk · exported 1 March 2024 · 0 excerpts from 0 statements · Filters: none",
      "No annotations match these filters.",
    ]);
    expect(empty.paragraphs.some((p) => p.pageBreak)).toBe(false);
  });
});

describe("docxBrief, standard layout", () => {
  it("still starts each statement on a new page, with today's citation when none is chosen", async () => {
    const standard = await readDocx(docxBrief(items, meta));
    expect(standard.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.pageBreak)).toEqual([true, true]);
    expect(standard.paragraphs.find((p) => p.style === "Citation")?.text).toBe(
      "— Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)",
    );
  });

  it("cites in the chosen style", async () => {
    const un = await readDocx(docxBrief(items, meta, { citation: "un" }));
    expect(un.paragraphs.filter((p) => p.style === "Citation").map((p) => p.text)[4]).toBe(
      "— China on behalf of Group of 77, S/PV.9500, 7 December 2023, para. 4",
    );
  });
});
