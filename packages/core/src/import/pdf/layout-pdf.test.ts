import { describe, expect, it } from "vitest";
import { layoutPdf } from "./layout-pdf.ts";
import { A4, page, run, typeset } from "./test-pages.ts";

const texts = (pages: ReturnType<typeof page>[]) => layoutPdf(pages).blocks.map((b) => b.text);

describe("layoutPdf: paragraphs from line geometry", () => {
  it("starts a paragraph at a first-line indent, joins wrapped lines and hyphenated words", () => {
    const { items } = typeset(
      [
        ["The international community must act now and", "with the support of the inter-", "national organizations concerned."],
        ["The Under-", "Secretary-General briefed the Council on the", "situation."],
      ],
      { x: 60, width: 230, top: 100, indent: 17 },
    );
    expect(texts([page(1, items)])).toEqual([
      "The international community must act now and with the support of the international organizations concerned.",
      "The Under-Secretary-General briefed the Council on the situation.",
    ]);
  });

  it("starts a paragraph at a wider gap between lines, and after a short line ending a sentence", () => {
    const spaced = typeset([["First paragraph runs over", "two lines."], ["Second paragraph."]], {
      x: 60,
      width: 300,
      top: 100,
      gap: 8,
    }).items;
    expect(texts([page(1, spaced)])).toEqual(["First paragraph runs over two lines.", "Second paragraph."]);
    const flush = typeset([["A paragraph that fills the column", "and ends a sentence."], ["Another that does too."]], {
      x: 60,
      width: 300,
      top: 100,
    }).items;
    expect(texts([page(1, flush)])).toEqual(["A paragraph that fills the column and ends a sentence.", "Another that does too."]);
  });

  it("keeps a numbered paragraph's hanging lines with it and starts the next at its number", () => {
    const items = [
      run("1.", 60, 100),
      run("Encourages Member States to make use of the standards", 88, 100, { width: 250 }),
      run("and norms in crime prevention;", 88, 112),
      run("2.", 60, 124),
      run("Requests the Office to continue its work.", 88, 124),
      run("Further text of the resolution continues here at length", 88, 136, { width: 250 }),
      run("to fill the column.", 88, 148),
    ];
    const blocks = texts([page(1, items)]);
    expect(blocks[0]).toBe("1. Encourages Member States to make use of the standards and norms in crime prevention;");
    expect(blocks[1]?.startsWith("2. Requests the Office")).toBe(true);
  });

  it("keeps a short line that ends no sentence as a line break (a two-line title), and marks bold short lines as headings", () => {
    const items = [
      run("Statement by the Permanent Representative", 60, 100, { bold: true }),
      run("at the open debate on children", 60, 112, { bold: true }),
      ...typeset([["Thank you, Mr. President, for convening this debate."]], { x: 60, width: 400, top: 140 }).items,
    ];
    const { blocks } = layoutPdf([page(1, items)]);
    expect(blocks[0]).toEqual({
      kind: "heading",
      level: 2,
      text: "Statement by the Permanent Representative\nat the open debate on children",
      page: 1,
    });
    expect(blocks[1]?.kind).toBe("paragraph");
  });
});

describe("layoutPdf: columns", () => {
  it("reads a two-column page column by column and carries a paragraph into the next column and page", () => {
    const left = Array.from({ length: 12 }, (_, i) => `left line ${String(i).padStart(2, "0")} of the text`);
    const right = Array.from({ length: 12 }, (_, i) => `right line ${String(i).padStart(2, "0")} of it`);
    // Each column's last line fills it: the paragraph goes on at the top of the next column, then of page 2.
    const full = (lines: string[]) => typeset([[...lines, "…"]], { x: 0, width: 230, top: 0 }).items.slice(0, -1);
    const column = (lines: string[], x: number) => full(lines).map((item, i) => ({ ...item, x, y: 100 + 12 * i }));
    const page2Left = ["goes on at the top of page two", "and ends here."];
    const newParagraph = ["A new paragraph on page two", "that runs on", "over several", "lines of text", "to its end."];
    const page2 = [
      ...typeset([page2Left, newParagraph], { x: 57, width: 230, top: 100 }).items,
      ...column(["the right column of page two", "with its own lines", "set one under", "the other", "to fill it", "up"], 309),
    ];
    const second = page2.find((item) => item.str.startsWith("A new"));
    if (second) {
      second.x += 17;
      second.width -= 17;
    }
    const blocks = texts([page(1, [...column(left, 57), ...column(right, 309)]), page(2, page2)]);
    expect(blocks[0]).toBe([...left, ...right, ...page2Left].join(" "));
    expect(blocks.slice(1)).toEqual([
      newParagraph.join(" "),
      "the right column of page two with its own lines set one under the other to fill it up",
    ]);
  });

  it("reads a line across both columns (a cover above the columns) where it stands", () => {
    const cover = run("This record contains the text of speeches delivered in English and of the translation", 57, 80, { width: 480 });
    const left = typeset([Array.from({ length: 8 }, () => "left column text of the record")], { x: 57, width: 230, top: 120 }).items;
    const right = typeset([Array.from({ length: 8 }, () => "right column text of record")], { x: 309, width: 230, top: 120 }).items;
    const blocks = texts([page(1, [cover, ...left, ...right])]);
    expect(blocks).toEqual([cover.str, left.map((l) => l.str).join(" "), right.map((r) => r.str).join(" ")]);
  });
});

describe("layoutPdf: what pages put around the text", () => {
  const body = (n: number) =>
    typeset([[`Page ${"abcdefghij".charAt(n)} text opens a paragraph that`, "runs on to a second line."], ["And a second paragraph."]], {
      x: 60,
      width: 300,
      top: 120,
      gap: 6,
    }).items;
  const pages = [
    page(1, [
      run("United Nations", 60, 50),
      run("S/PV.9500", 480, 50),
      ...body(1),
      run("23-38765 (E)", 60, 800, { size: 8 }),
      run("*2338765*", 300, 800, { size: 8 }),
    ]),
    ...[2, 3, 4].map((n) =>
      page(n, [
        run("S/PV.9500", 60, 45, { size: 8 }),
        run("Threats to international peace and security", 200, 45, { size: 8 }),
        run("07/12/2023", 480, 45, { size: 8 }),
        ...body(n),
        run(`${n}/4`, 60, 800, { size: 8 }),
        run("23-38765", 480, 800, { size: 8 }),
      ]),
    ),
  ];

  it("sets apart the symbol, running headers, page and job numbers and the barcode, with their reasons and pages", () => {
    const layout = layoutPdf(pages);
    expect(layout.symbol).toBe("S/PV.9500");
    expect(layout.blocks.map((b) => b.text)).toEqual([
      ...[1, 2, 3, 4].flatMap((n) => [
        `Page ${"abcdefghij".charAt(n)} text opens a paragraph that runs on to a second line.`,
        "And a second paragraph.",
      ]),
    ]);
    expect(layout.blocks.map((b) => b.page)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(layout.dropped.filter((d) => d.page === 1)).toEqual([
      { text: "S/PV.9500", reason: "document-symbol", page: 1 },
      { text: "23-38765 (E)", reason: "job-number", page: 1 },
      { text: "*2338765*", reason: "job-number", page: 1 },
      // The emblem's caption beside the symbol is cover.
      { text: "United Nations", reason: "front-matter", page: 1 },
    ]);
    expect(layout.dropped.filter((d) => d.page === 3).map((d) => `${d.reason}: ${d.text}`)).toEqual([
      "document-symbol: S/PV.9500",
      "running-header: Threats to international peace and security",
      "running-header: 07/12/2023",
      "page-number: 3/4",
      "job-number: 23-38765",
    ]);
  });

  it("sets apart a column of margin line numbers", () => {
    const lines = typeset([Array.from({ length: 6 }, (_, i) => `line ${i} of a draft resolution`)], { x: 85, width: 300, top: 100 }).items;
    const numbers = lines.map((l, i) => run(String(i + 1), 40, l.y));
    const layout = layoutPdf([page(1, [...lines, ...numbers])]);
    expect(layout.blocks.map((b) => b.text)).toEqual([lines.map((l) => l.str).join(" ")]);
    expect(layout.dropped).toEqual([{ text: "1 2 3 4 5 6", reason: "line-number", page: 1 }]);
  });

  it("sets apart footnotes at the foot of the page and leaves their marks out of the text", () => {
    const items = [
      ...typeset([Array.from({ length: 8 }, () => "Body text set in the size most of the page is set in,")], {
        x: 60,
        width: 300,
        top: 200,
      }).items,
      run("The Working Group reported", 60, 100),
      run("1", 190, 96, { size: 5.8 }),
      run("on its session.", 196, 100),
      run("1", 60, 760, { size: 8 }),
      run("A/HRC/54/22, as adopted by the Working Group at its one hundred and", 70, 760, { size: 8, width: 300 }),
      run("thirtieth session.", 70, 770, { size: 8 }),
      run("2", 60, 780, { size: 8 }),
      run("See resolution 2664 (2022).", 70, 780, { size: 8 }),
    ];
    const layout = layoutPdf([page(1, items)]);
    expect(layout.blocks[0]?.text).toBe("The Working Group reported on its session.");
    expect(layout.blocks).toHaveLength(2);
    expect(layout.footnotes).toEqual([
      { mark: "1", text: "A/HRC/54/22, as adopted by the Working Group at its one hundred and thirtieth session.", page: 1 },
      { mark: "2", text: "See resolution 2664 (2022).", page: 1 },
    ]);
    expect(layout.dropped.map((d) => d.reason)).toEqual(["footnote", "footnote"]);
  });

  it("sets apart a UN document's cover lines but keeps its date and organ", () => {
    const items = [
      run("Economic and Social Council", 60, 60, { size: 17, bold: true }),
      run("Distr.: Limited", 460, 60),
      run("19 May 2023", 480, 80),
      run("Original: English", 460, 100),
      run("Thirty-second session", 60, 120),
      run("Vienna, 22–26 May 2023", 60, 132),
      run("Agenda item 6", 60, 144),
      run("Use and application of standards and norms", 60, 156),
      ...typeset([["The Commission welcomes the report."]], { x: 60, width: 400, top: 200 }).items,
    ];
    const layout = layoutPdf([page(1, items)]);
    expect(layout.blocks.map((b) => b.text)).toEqual(["Economic and Social Council", "19 May 2023", "The Commission welcomes the report."]);
    expect(layout.dropped.map((d) => d.text)).toEqual([
      "Distr.: Limited",
      "Original: English",
      "Thirty-second session",
      "Vienna, 22–26 May 2023",
      "Agenda item 6",
      "Use and application of standards and norms",
    ]);
  });
});

describe("layoutPdf on hostile input", () => {
  it("stays bounded on 200,000 runs on one page, on one baseline, and on runs of hyphens", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => run("a-", (i % 500) + 10, 100 + (i % 7) * 0.1));
    const layout = layoutPdf([page(1, many), page(2, [run("-".repeat(200_000), 60, 100), run("-".repeat(200_000), 60, 112)])]);
    expect(layout.blocks.length).toBeGreaterThan(0);
    expect(layout.blocks.every((b) => b.text.length <= 40_000)).toBe(true);
  });

  it("reads at most MAX_PDF_PAGES pages, and ignores runs with no position", () => {
    const pages = Array.from({ length: 2100 }, (_, i) =>
      page(i + 1, typeset([[`Paragraph ${i} fills its line`, "and ends."]], { x: 60, width: 300, top: 300 }).items),
    );
    expect(layoutPdf(pages).blocks).toHaveLength(2000);
    expect(layoutPdf([{ number: 1, ...A4, items: [run("ok", Number.NaN, 1), run("fine.", 60, 100)] }]).blocks).toEqual([
      { kind: "paragraph", text: "fine.", page: 1 },
    ]);
  });
});
