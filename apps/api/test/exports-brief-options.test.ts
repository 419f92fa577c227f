import { ExportPreview, JsonExport } from "@verbatim/contract";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectValidationIssues } from "./support/assertions.ts";
import { type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

const ALL = "status=accepted,disputed,proposed";

async function wordXml(query: string): Promise<string> {
  const { bytes } = await f.download(`/api/exports?format=docx&${query}`);
  return (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
}
/** Each paragraph's text: enough to read a brief's lines in order. */
const linesOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(""));

describe("Word brief layout", () => {
  it("is standard unless asked: a title page, and each statement on a new page", async () => {
    const xml = await wordXml(ALL);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
    expect(linesOf(xml)).toContain("7 excerpts from 3 statements");
  });

  it("is compact when asked: the filters on one line under the title, statements running on", async () => {
    const lines = linesOf(await wordXml(`${ALL}&layout=compact&citation=short`));
    expect(lines.slice(0, 2)).toEqual([
      "Annotated excerpts",
      expect.stringMatching(
        /^Desk · exported \d+ \w+ \d{4} · 7 excerpts from 3 statements · Filters: Review status: accepted, disputed, proposed$/,
      ),
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^“We will host a workshop in 2025\.” — Arcadia, UN Security Council open debate, 1 May 2024, ¶\d+ \(now ¶\d+\)$/,
      ),
    );
    expect((await wordXml(`${ALL}&layout=compact`)).includes("w:pageBreakBefore")).toBe(false);
  });

  it("refuses a layout or citation style it does not know", async () => {
    expectValidationIssues(await f.analyst.client.get("/api/exports?format=docx&layout=tiny"));
    expectValidationIssues(await f.analyst.client.get("/api/exports?format=docx&citation=apa"));
    expectValidationIssues(await f.analyst.client.get("/api/exports/preview?citation=apa"));
  });
});

describe("citation style", () => {
  const UN = /^Arcadia, S\/PV\.9600, 1 May 2024, para\. \d+ \(now para\. \d+\)$/;
  const SHORT = /^Arcadia, UN Security Council open debate, 1 May 2024, ¶\d+ \(now ¶\d+\)$/;

  it("is full unless asked, with the canonical reference", async () => {
    const [first] = ExportPreview.parse((await f.get("/api/exports/preview?status=accepted")).body).items;
    expect(first?.citation).toMatch(
      new RegExp(`^Arcadia, UN Security Council open debate, S/PV\\.9600, 1 May 2024, ¶\\d+ \\(now ¶\\d+\\) \\(${f.s1.slug}#p2\\)$`),
    );
  });

  it("writes the preview's citations, which the export dialog shows", async () => {
    const [first] = ExportPreview.parse((await f.get("/api/exports/preview?status=accepted&citation=un")).body).items;
    expect(first?.citation).toMatch(UN);
  });

  it("writes the citation in every format that has one", async () => {
    const json = JsonExport.parse((await f.get("/api/exports?format=json&status=accepted&citation=short")).body);
    expect(json.items[0]?.citation).toMatch(SHORT);

    const csv = parse((await f.get("/api/exports?format=csv&status=accepted&citation=un")).text, { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv[0]?.citation).toMatch(UN);
    expect(csv[0]?.reference).toBe(`${f.s1.slug}#p2`);

    expect((await f.get("/api/exports?format=md&status=accepted&citation=short")).text).toMatch(
      /— \[Arcadia, UN Security Council open debate, 1 May 2024, ¶\d+ \(now ¶\d+\)\]\(/,
    );
    expect((await f.get("/api/exports?format=html&status=accepted&citation=un")).text).toMatch(
      /<cite><a href="[^"]+">Arcadia, S\/PV\.9600, 1 May 2024, para\. \d+ \(now para\. \d+\)<\/a><\/cite>/,
    );
  });

  it("leaves a W3C collection's IRI as it was, since W3C annotations carry no citation", async () => {
    const doc = (await f.get("/api/exports?format=w3c&citation=short&layout=compact")).body as { id: string };
    expect(doc.id).toMatch(/\/api\/exports\?format=w3c$/);
  });
});
