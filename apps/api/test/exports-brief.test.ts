import { XMLParser } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import JSZip from "jszip";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

const TITLES = ["Statement on organized crime", "Reply", "Undated remarks"];
const QUOTES_S1 = ["welcome", "across borders", "We will host a workshop in 2025.", "the Convention against Transnational Organized Crime"];

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}
function mdNodes(root: Root, type: string): Nodes[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ("children" in n) n.children.forEach(walk);
  };
  walk(root);
  return out;
}

describe("Markdown brief", () => {
  let root: Root;
  let headers: Headers;
  beforeAll(async () => {
    const res = await f.get("/api/exports?format=md");
    headers = res.headers;
    root = fromMarkdown(res.text);
  });
  const headings = (depth: number) => mdNodes(root, "heading").filter((h) => "depth" in h && h.depth === depth);

  it("is text/markdown named .md", () => {
    expect(headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.md"$/);
    expect(headers.get("x-export-count")).toBe("8");
  });

  it("has a title, then a section per statement in export order and a subsection per kind", () => {
    expect(headings(1).map(textOf)).toEqual(["Annotated excerpts"]);
    expect(headings(2).map(textOf)).toEqual(TITLES);
    expect(headings(3).map(textOf)).toEqual(["Positions", "Commitments", "Cross-references", "Positions", "Positions", "Cross-references"]);
  });

  it("quotes each excerpt, followed by its citation linked to the paragraph", () => {
    const quotes = mdNodes(root, "blockquote").map(textOf);
    expect(quotes.slice(0, 4)).toEqual(QUOTES_S1);
    expect(quotes).toHaveLength(8);
    const citations = mdNodes(root, "link").map((l) => ({ text: textOf(l), url: "url" in l ? l.url : "" }));
    expect(citations).toContainEqual({
      text: expect.stringMatching(/^Arcadia, UN Security Council open debate, S\/PV\.9600, 1 May 2024, ¶\d+ \(now ¶\d+\) \(/),
      url: expect.stringMatching(new RegExp(`/s/${f.s1.slug}#p2$`)),
    });
  });

  it("lists each excerpt's attributes, labels, note and review", () => {
    const items = mdNodes(root, "listItem").map(textOf);
    expect(items).toEqual(expect.arrayContaining(["Stance: concerned", "Topics: Firearms, Borders", "Note: Small arms matter"]));
    expect(items).toContainEqual(expect.stringMatching(/^Status: Accepted by Rex Reviewer on /));
    expect(items).toContainEqual("Review comment: Matches the verbatim record");
  });

  it("names a single statement in its title and lists the filters used", async () => {
    const one = fromMarkdown((await f.get(`/api/exports?format=md&statement=${f.s2.slug}&status=proposed`)).text);
    expect(
      mdNodes(one, "heading")
        .filter((h) => "depth" in h && h.depth === 1)
        .map(textOf),
    ).toEqual(["Reply"]);
    const filters = mdNodes(one, "listItem").map(textOf);
    expect(filters).toEqual(expect.arrayContaining(["Statements: Reply", "Review status: proposed"]));
  });
});

describe("HTML brief", () => {
  let html: string;
  let doc: ReturnType<typeof parseDocument>;
  beforeAll(async () => {
    const res = await f.get(`/api/exports?format=html&author=${f.analyst.userId}&label=toc,arms`);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.html"$/);
    html = res.text;
    doc = parseDocument(html);
  });
  const all = (tag: string) => DomUtils.getElementsByTagName(tag, doc);
  const texts = (tag: string) => all(tag).map((e) => DomUtils.textContent(e).trim());

  it("is a standalone document with a print stylesheet", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(texts("title")).toEqual(["Annotated excerpts"]);
    expect(texts("style").join("")).toContain("@media print");
  });

  it("lists the filters in words, authors by name", () => {
    const filters = texts("li");
    expect(filters).toEqual(expect.arrayContaining(["Author: Ana Analyst", "Labels (any of): toc, arms"]));
  });

  it("gives each excerpt a blockquote and a cited link, grouped by statement then kind", () => {
    expect(texts("h2").filter((t) => t !== "Filters")).toEqual(["Statement on organized crime"]);
    expect(texts("h3")).toEqual(["Positions"]);
    expect(texts("blockquote")).toEqual(["welcome", "across borders"]);
    const cites = all("cite").map((c) => DomUtils.textContent(c));
    expect(cites[0]).toMatch(new RegExp(`\\(${f.s1.slug}#p2\\)$`));
  });
});

/** Each paragraph of word/document.xml as its text, in document order. */
function docxParagraphs(xml: string): string[] {
  type Node = Record<string, unknown>;
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false }).parse(xml) as Node[];
  const out: string[] = [];
  const runs = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        if ("#text" in n) return "";
        const [tag, children] = Object.entries(n).find(([k]) => k !== ":@") ?? ["", []];
        if (tag === "w:t") return (children as Node[]).map((c) => String(c["#text"] ?? "")).join("");
        return Array.isArray(children) ? runs(children as Node[]) : "";
      })
      .join("");
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const [tag, children] = Object.entries(n).find(([k]) => k !== ":@") ?? ["", []];
      if (tag === "w:p") out.push(runs(children as Node[]));
      else if (Array.isArray(children)) walk(children as Node[]);
    }
  };
  walk(tree);
  return out;
}

describe("Word brief", () => {
  let paragraphs: string[];
  beforeAll(async () => {
    const { headers, bytes } = await f.download(`/api/exports?format=docx&status=accepted,disputed,proposed`);
    expect(headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.docx"$/);
    expect(headers.get("x-export-count")).toBe("7");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    paragraphs = docxParagraphs((await zip.file("word/document.xml")?.async("string")) ?? "");
  });

  it("opens with a title page naming the workspace, the selection and the filters", () => {
    expect(paragraphs[0]).toBe("Annotated excerpts");
    expect(paragraphs).toContain("Workspace: Desk");
    expect(paragraphs).toContain("7 excerpts from 3 statements");
    expect(paragraphs).toEqual(expect.arrayContaining(["Review status", "accepted, disputed, proposed"]));
  });

  it("groups excerpts by statement then kind, each a quotation with its citation line", () => {
    const headings = paragraphs.filter((p) => TITLES.includes(p) || ["Positions", "Commitments", "Cross-references"].includes(p));
    expect(headings).toEqual([TITLES[0], "Positions", "Commitments", TITLES[1], "Positions", TITLES[2], "Positions", "Cross-references"]);
    const quote = paragraphs.indexOf("We will host a workshop in 2025.");
    expect(quote).toBeGreaterThan(0);
    expect(paragraphs[quote + 1]).toMatch(
      new RegExp(`^— Arcadia, UN Security Council open debate, S/PV\\.9600, 1 May 2024, ¶\\d+ \\(now ¶\\d+\\) \\(${f.s1.slug}#p3\\)$`),
    );
    expect(paragraphs[quote + 2]).toContain("Strength: pledge");
    expect(paragraphs[quote + 2]).toContain("Status: Disputed by Rex Reviewer");
  });

  it("leaves out what the filters leave out", () => {
    expect(paragraphs.some((p) => p.includes("Status: Rejected"))).toBe(false);
  });
});
