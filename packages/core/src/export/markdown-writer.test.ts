import type { Heading, Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { markdownWriter } from "./markdown-writer.ts";
import { CHINESE_QUOTE, china, INJECTION_QUOTE, items, meta, NOTE, render } from "./test-items.ts";

const tree = fromMarkdown(render(markdownWriter(meta)));

function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) return node.children.map((child: Nodes) => textOf(child)).join(node.type === "blockquote" ? "\n" : "");
  return "";
}

function all(node: Nodes | Root): Nodes[] {
  return [node, ...("children" in node ? node.children.flatMap((child: Nodes) => all(child)) : [])];
}

const nodes = all(tree);
const headings = (depth: number): string[] =>
  nodes.filter((n): n is Heading => n.type === "heading" && n.depth === depth).map((n) => textOf(n));

describe("markdownWriter", () => {
  it("writes the title, export line and filters", () => {
    expect(headings(1)).toEqual(["Brief: cybercrime & UNTOC <2024>"]);
    const paragraphs = tree.children.slice(0, 4).map((n) => textOf(n));
    expect(paragraphs).toEqual([
      "Brief: cybercrime & UNTOC <2024>",
      "Exported 1 March 2024 from Multilateral desk",
      "Filters:",
      "Status: accepted, disputedKind: position",
    ]);
  });

  it("groups by statement, then by kind, with headings only where a group starts", () => {
    expect(headings(2)).toEqual(["Statement on behalf of the Asia-Pacific Group", china.title]);
    expect(headings(3)).toEqual(["Positions", "Commitments", "Cross-references", "Positions", "Cross-references"]);
    expect(headings(4)).toEqual([]);
  });

  it("quotes each excerpt, literally", () => {
    const quotes = nodes.filter((n) => n.type === "blockquote").map((n) => textOf(n));
    expect(quotes).toEqual(items.map((i) => i.annotation.quote.exact));
    expect(quotes).toContain(CHINESE_QUOTE);
    expect(quotes).toContain(INJECTION_QUOTE);
  });

  it("lets no user text become markup", () => {
    const types = new Set(nodes.map((n) => n.type));
    for (const type of ["html", "emphasis", "image", "code", "inlineCode", "thematicBreak", "definition"])
      expect(types).not.toContain(type);
    expect(nodes.filter((n) => n.type === "list").every((n) => n.type === "list" && !n.ordered)).toBe(true);
    const strong = nodes.filter((n) => n.type === "strong").map((n) => textOf(n));
    expect(strong.every((s) => /^[A-Z][a-z ]+:$/.test(s))).toBe(true);
    const links = nodes.flatMap((n) => (n.type === "link" ? [n.url] : []));
    expect(links.every((url) => url.startsWith("https://verbatim.example.org/s/") || url.startsWith("https://www.unodc.org/"))).toBe(true);
  });

  it("links each citation to its paragraph, and a source only when it is http(s)", () => {
    const links = nodes.flatMap((n) => (n.type === "link" ? [[textOf(n), n.url]] : []));
    expect(links).toContainEqual([
      "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9–10 (now ¶11) (2023-05-22-ccpcj32-apg#p9)",
      "https://verbatim.example.org/s/2023-05-22-ccpcj32-apg#p9",
    ]);
    expect(links.filter(([, url]) => url?.startsWith("https://www.unodc.org/"))).toHaveLength(1);
    expect(links.some(([, url]) => url?.startsWith("javascript:"))).toBe(false);
  });

  it("cites in the chosen style", () => {
    const un = all(fromMarkdown(render(markdownWriter(meta, { citation: "un" }))));
    const citations = un.flatMap((n) => (n.type === "link" && n.url.startsWith("https://verbatim.example.org/") ? [textOf(n)] : []));
    expect(citations[4]).toBe("China on behalf of Group of 77, S/PV.9500, 7 December 2023, para. 4");
  });

  it("lists attributes, labels, note and status", () => {
    const entries = nodes.filter((n) => n.type === "listItem").map((n) => textOf(n));
    expect(entries).toEqual(
      expect.arrayContaining([
        "Stance: concerned",
        "Topics: cybercrime, corruption",
        "Labels: priority, =SUM(1)",
        `Note: ${NOTE}`,
        "Status: Accepted by Rita Reviewer on 3 February 2024",
        "Action: =SUM(1) support technical assistance",
        "Relation: responds to",
        "Review comment: -not sure",
        "Note: ملاحظة باللغة العربية",
      ]),
    );
  });

  it("says so when nothing matches", () => {
    const empty = fromMarkdown(render(markdownWriter({ ...meta, filters: [] }), []));
    expect(empty.children.map((n) => textOf(n))).toEqual([
      "Brief: cybercrime & UNTOC <2024>",
      "Exported 1 March 2024 from Multilateral desk",
      "Filters: none, every annotation is included.",
      "No annotations match these filters.",
    ]);
  });
});
