import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";
import { checkW3c } from "./support/w3c-checker.ts";

interface Selector {
  type: string;
  value?: string;
  refinedBy?: unknown;
}
interface W3cItem {
  id: string;
  type: string;
  "@context"?: unknown;
  target: { source: string; selector: Selector[] };
  body: { type?: string; purpose?: string; value?: string; source?: string }[];
}
interface W3cCollection {
  "@context": unknown;
  id: string;
  type: string;
  total: number;
  first?: { type: string; partOf: { total: number }; items: W3cItem[] };
}

let f: ExportFixture;
let doc: W3cCollection;
let count: string | null;
beforeAll(async () => {
  f = await seedExportFixture();
  const res = await f.get("/api/exports?format=w3c");
  expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/);
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.jsonld"$/);
  count = res.headers.get("x-export-count");
  doc = JSON.parse(res.text);
});
afterAll(() => f.server.stop());

const idOf = (item: W3cItem) => f.nameOf(item.id.split("/").pop() ?? "");
const item = (name: keyof ExportFixture["ids"]): W3cItem => {
  const found = doc.first?.items.find((i) => i.id.endsWith(`/api/annotations/${f.ids[name]}`));
  if (!found) throw new Error(`${name} is not in the export`);
  return found;
};

describe("W3C export", () => {
  it("is one AnnotationCollection whose first page holds every selected annotation in export order", () => {
    expect(doc.type).toBe("AnnotationCollection");
    expect(JSON.stringify(doc["@context"])).toContain("http://www.w3.org/ns/anno.jsonld");
    expect(doc.total).toBe(EXPORTED.length);
    expect(count).toBe(String(EXPORTED.length));
    expect(doc.first?.type).toBe("AnnotationPage");
    expect(doc.first?.partOf.total).toBe(EXPORTED.length);
    expect(doc.first?.items.map(idOf)).toEqual([...EXPORTED]);
    for (const i of doc.first?.items ?? []) {
      expect(i.type).toBe("Annotation");
      expect(i["@context"]).toBeUndefined();
    }
  });

  it("names its own query as the collection's IRI", () => {
    expect(doc.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/exports\?format=w3c$/);
  });

  it("applies the filters, with a total that matches the items", async () => {
    const res = await f.get(`/api/exports?format=w3c&statement=${f.s2.slug}&status=proposed`);
    const filtered = JSON.parse(res.text) as W3cCollection;
    expect(filtered.total).toBe(2);
    expect(res.headers.get("x-export-count")).toBe("2");
    expect(filtered.first?.items.map(idOf)).toEqual(["other", "range"]);
    expect(filtered.id).toContain(`statement=${f.s2.slug}`);
  });

  it("selects the paragraph with quote and position selectors, positions in code points", () => {
    const p4 = f.s1.paragraphs.find((p) => p.id === "p4")?.text ?? "";
    const start16 = p4.indexOf("across borders");
    const selectors = item("emoji").target.selector;
    const refinements = selectors.filter((s) => s.type === "FragmentSelector" && s.value === "p4").map((s) => s.refinedBy);
    expect(refinements).toContainEqual(expect.objectContaining({ type: "TextQuoteSelector", exact: "across borders" }));
    expect(refinements).toContainEqual({ type: "TextPositionSelector", start: start16 - 1, end: start16 - 1 + "across borders".length });
  });

  it("gives positions from the annotated revision even after the statement changed", () => {
    const selectors = item("accepted").target.selector;
    expect(selectors).toContainEqual(
      expect.objectContaining({ type: "FragmentSelector", value: "p2", refinedBy: { type: "TextPositionSelector", start: 3, end: 10 } }),
    );
  });

  it("gives every annotation its positions, also those sharing a paragraph with an earlier one", () => {
    const positioned = (i: W3cItem) =>
      i.target.selector.some(
        (s) =>
          s.type === "RangeSelector" ||
          (s.type === "FragmentSelector" && (s.refinedBy as Selector | undefined)?.type === "TextPositionSelector"),
      );
    expect(doc.first?.items.filter((i) => !positioned(i)).map(idOf)).toEqual([]);
    const disputed = item("disputed").target.selector.find((s) => (s.refinedBy as Selector | undefined)?.type === "TextPositionSelector");
    const rejected = item("rejected").target.selector.find((s) => (s.refinedBy as Selector | undefined)?.type === "TextPositionSelector");
    expect([disputed?.value, rejected?.value]).toEqual(["p3", "p3"]);
  });

  it("selects a cross-paragraph span with a range", () => {
    const types = item("range").target.selector.map((s) => s.type);
    expect(types).toEqual(expect.arrayContaining(["RangeSelector", "TextQuoteSelector"]));
  });

  it("links cross-references: UN symbols to undocs.org, instruments to the registry", () => {
    const links = (name: keyof ExportFixture["ids"]) =>
      item(name)
        .body.filter((b) => b.purpose === "linking")
        .map((b) => b.source);
    expect(links("resolution")).toContainEqual("https://undocs.org/S/PRST/2023/6");
    expect(links("rejected")).toContainEqual(expect.stringMatching(/\/api\/instruments\/UNTOC$/));
  });

  it("has the Web Annotation model's structure (the CI step checks it against the W3C test suite)", () => {
    expect(checkW3c(doc, "export-workspace")).toEqual({ annotations: EXPORTED.length, problems: [] });
  });

  it("is an empty collection with total 0 when nothing matches", async () => {
    const res = await f.get("/api/exports?format=w3c&label=nothing");
    const empty = JSON.parse(res.text) as W3cCollection;
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty.first).toBeUndefined();
    expect(checkW3c(empty, "export-empty")).toEqual({ annotations: 0, problems: [] });
  });
});
