// Reads a Word brief back for the tests (not exported from the package).
import { type Document, Packer } from "docx";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

type XmlNode = Record<string, unknown>;

export interface WordParagraph {
  style: string;
  text: string;
  /** The paragraph starts a new page. */
  pageBreak: boolean;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, trimValues: false });
const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: XmlNode): XmlNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const descendants = (nodes: XmlNode[]): XmlNode[] => nodes.flatMap((n) => [n, ...descendants(childrenOf(n))]);
const ofTag = (nodes: XmlNode[], tag: string): XmlNode[] => descendants(nodes).filter((n) => tagOf(n) === tag);
const attr = (node: XmlNode | undefined, name: string): string =>
  String((node?.[":@"] as Record<string, unknown> | undefined)?.[`@_${name}`] ?? "");

function textOf(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === "#text") return String(node["#text"]);
  if (tag === "w:br") return "\n";
  if (tag === "w:instrText") return "";
  return childrenOf(node).map(textOf).join("");
}

/** The document's paragraphs in order, with their style, text and whether they break the page; and its tables. */
export async function readDocx(document: Document): Promise<{ paragraphs: WordParagraph[]; tables: number }> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const doc = parser.parse((await zip.file("word/document.xml")?.async("string")) ?? "") as XmlNode[];
  const paragraphs = ofTag(doc, "w:p").map((p) => ({
    style: attr(ofTag([p], "w:pStyle")[0], "w:val"),
    text: textOf(p),
    pageBreak: ofTag([p], "w:pageBreakBefore").length > 0,
  }));
  return { paragraphs, tables: ofTag(doc, "w:tbl").length };
}
