import { Packer } from "docx";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { docxBrief } from "./docx-brief.ts";
import { CHINESE_QUOTE, china, INJECTION_QUOTE, items, meta, NOTE } from "./test-items.ts";

/** A node of fast-xml-parser's ordered output: { tag: children, ":@": attributes }. */
type XmlNode = Record<string, unknown>;
interface WordParagraph {
  style: string;
  text: string;
  links: string[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});
const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: XmlNode): XmlNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const attr = (node: XmlNode, name: string): string => String((node[":@"] as Record<string, unknown> | undefined)?.[`@_${name}`] ?? "");
const descendants = (nodes: XmlNode[]): XmlNode[] => nodes.flatMap((n) => [n, ...descendants(childrenOf(n))]);
const ofTag = (nodes: XmlNode[], tag: string): XmlNode[] => descendants(nodes).filter((n) => tagOf(n) === tag);

function textOf(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === "#text") return String(node["#text"]);
  if (tag === "w:br") return "\n";
  if (tag === "w:instrText") return "";
  return childrenOf(node).map(textOf).join("");
}

let paragraphs: WordParagraph[] = [];
let doc: XmlNode[] = [];
let styles: XmlNode[] = [];
let footer = "";

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(docxBrief(items, meta)));
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  doc = parser.parse(await read("word/document.xml")) as XmlNode[];
  styles = parser.parse(await read("word/styles.xml")) as XmlNode[];
  footer = await read("word/footer1.xml");
  const rels = ofTag(parser.parse(await read("word/_rels/document.xml.rels")) as XmlNode[], "Relationship");
  const targetOf = (id: string): string => attr(rels.find((r) => attr(r, "Id") === id) ?? {}, "Target");
  paragraphs = ofTag(doc, "w:p").map((p) => ({
    style: attr(ofTag([p], "w:pStyle")[0] ?? {}, "w:val"),
    text: textOf(p),
    links: ofTag([p], "w:hyperlink").map((h) => targetOf(attr(h, "r:id")) + (attr(h, "w:anchor") ? `#${attr(h, "w:anchor")}` : "")),
  }));
});

const styled = (style: string): WordParagraph[] => paragraphs.filter((p) => p.style === style);

describe("docxBrief", () => {
  it("opens with a title page: title, workspace, date, counts and the filters as a table", () => {
    expect(paragraphs.slice(0, 5).map((p) => p.text)).toEqual([
      meta.title,
      "Workspace: Multilateral desk",
      "Exported: 1 March 2024",
      "5 excerpts from 2 statements",
      "Filters used",
    ]);
    expect(paragraphs[0]?.style).toBe("Title");
    const table = ofTag(doc, "w:tbl")[0] ?? {};
    const rows = ofTag([table], "w:tr").map((tr) => ofTag([tr], "w:tc").map(textOf));
    expect(rows).toEqual([
      ["Filter", "Value"],
      ["Status", "accepted, disputed"],
      ["Kind", "position"],
    ]);
  });

  it("uses Word's heading styles, with outline levels, for statements and kinds", () => {
    expect(styled("Heading1").map((p) => p.text)).toEqual(["Statement on behalf of the Asia-Pacific Group", china.title]);
    expect(styled("Heading2").map((p) => p.text)).toEqual([
      "Positions",
      "Commitments",
      "Cross-references",
      "Positions",
      "Cross-references",
    ]);
    const style = (id: string): XmlNode => ofTag(styles, "w:style").find((s) => attr(s, "w:styleId") === id) ?? {};
    expect(attr(ofTag([style("Heading1")], "w:outlineLvl")[0] ?? {}, "w:val")).toBe("0");
    expect(attr(ofTag([style("Heading2")], "w:outlineLvl")[0] ?? {}, "w:val")).toBe("1");
    expect(ofTag([style("Excerpt")], "w:i")).toHaveLength(1);
    expect(ofTag([style("Excerpt")], "w:ind")).toHaveLength(1);
  });

  it("quotes each excerpt in the Excerpt style, user text kept literal", () => {
    expect(styled("Excerpt").map((p) => p.text)).toEqual(items.map((i) => i.annotation.quote.exact));
    expect(styled("Excerpt").map((p) => p.text)).toEqual(expect.arrayContaining([CHINESE_QUOTE, INJECTION_QUOTE]));
  });

  it("cites each excerpt, linked to its paragraph in the app", () => {
    const citations = styled("Citation");
    expect(citations[1]).toEqual({
      style: "Citation",
      text: "— Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9–10 (now ¶11) (2023-05-22-ccpcj32-apg#p9)",
      links: ["https://verbatim.example.org/s/2023-05-22-ccpcj32-apg#p9"],
    });
    expect(citations.map((c) => c.links[0])).toEqual(
      items.map((i) => `https://verbatim.example.org/s/${i.statement.slug}#${i.annotation.target.paragraphId}`),
    );
  });

  it("gives attributes, labels, note and review status under each citation", () => {
    expect(styled("ExcerptDetails")[0]?.text).toBe(
      [
        "Stance: concerned",
        "Topics: cybercrime, corruption",
        "Labels: priority, =SUM(1)",
        `Note: ${NOTE}`,
        "Status: Accepted by Rita Reviewer on 3 February 2024",
        "Review comment: Agreed, see ¶3",
      ].join("\n"),
    );
    expect(styled("ExcerptDetails")[3]?.text).toContain("Note: ملاحظة باللغة العربية");
  });

  it("links a source only when it is http(s)", () => {
    const sources = styled("StatementMeta").filter((p) => p.text.startsWith("Source: "));
    expect(sources.map((p) => p.links)).toEqual([
      ["https://www.unodc.org/unodc/en/commissions/CCPCJ/session/32_Session_2023/statements.html"],
    ]);
  });

  it("numbers pages in the footer", () => {
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
  });

  it("packs an empty selection", async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(docxBrief([], { ...meta, filters: [] })));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("0 excerpts from 0 statements");
    expect(xml).toContain("None: every annotation is included.");
  });
});
