import { describe, expect, it } from "vitest";
import { OpenElements } from "./html-open-elements.ts";

describe("OpenElements", () => {
  it("closes what a start tag implies: a paragraph before a block, an item before an item", () => {
    const open = new OpenElements();
    for (const tag of ["div", "p", "ul", "li", "li", "p"]) open.open(tag);
    // div > ul > li > p: the ul closed the first p, the second li the first.
    expect(open.depth).toBe(4);
  });

  it("never opens void elements and ignores end tags of elements not open", () => {
    const open = new OpenElements();
    open.open("div");
    open.open("br");
    open.close("span");
    open.close("br");
    expect(open.depth).toBe(1);
  });

  it("closes an element and everything open inside it", () => {
    const open = new OpenElements();
    for (const tag of ["div", "section", "b", "i"]) open.open(tag);
    open.close("section");
    expect(open.depth).toBe(1);
    expect(open.has("b")).toBe(false);
  });

  it("knows SVG and MathML, where a self-closing tag closes", () => {
    const open = new OpenElements();
    open.open("svg");
    expect(open.foreign).toBe(true);
    open.open("path");
    open.selfClose("path");
    expect(open.depth).toBe(1);
    open.open("foreignobject");
    expect(open.foreign).toBe(false);
  });

  it("keeps <image> and a <form> inside a form open, as the older htmlparser2 in sanitize-html does", () => {
    const open = new OpenElements();
    for (const tag of ["form", "form", "image"]) open.open(tag);
    expect(open.depth).toBe(3);
  });
});
