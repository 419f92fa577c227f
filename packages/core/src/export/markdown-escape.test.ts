import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { markdownLines, markdownText, markdownUrl } from "./markdown-escape.ts";

function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map((child: Nodes) => textOf(child)).join("") : "";
}

describe("markdownLines", () => {
  it.each([
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not an ordered list",
    "2) nor this",
    "===",
    "---",
    "# not a heading",
    "> not a quote",
    "```",
    "~~~",
    "`code`",
    "**strong** _em_ *em*",
    "[link](https://evil.example) ![img](x.png)",
    "<b>html</b> <!-- comment -->",
    "<https://autolink.example>",
    "&amp; &#65; &copy;",
    "| a | b |",
    "trailing backslash \\",
    "ends with two spaces  ",
  ])("keeps %j literal", (text) => {
    const tree = fromMarkdown(markdownLines(text).join("\n"));
    expect(tree.children.map((n) => n.type)).toEqual(["paragraph"]);
    expect(textOf(tree)).toBe(text.trim());
    expect(tree.children[0] && "children" in tree.children[0] ? tree.children[0].children.map((n) => n.type) : []).toEqual(["text"]);
  });

  it("trims lines and drops empty ones, so none becomes indented code", () => {
    expect(markdownLines("    code\n\n  next ")).toEqual(["code", "next"]);
  });

  it("joins lines for one-line contexts", () => {
    expect(markdownText("a\n- b")).toBe("a \\- b");
  });
});

describe("markdownUrl", () => {
  it("wraps a destination so that it cannot end early", () => {
    expect(markdownUrl("https://x.example/a b>c")).toBe("<https://x.example/a%20b%3Ec>");
  });
});
