import { describe, expect, it } from "vitest";
import { collectHyphenated, ParagraphText, wrapJoint } from "./hyphen-join.ts";

const join = (a: string, b: string, seen: string[] = []) => {
  const hyphenated = new Set<string>();
  collectHyphenated(seen, hyphenated);
  const text = new ParagraphText(a);
  text.wrap(b, hyphenated);
  return text.toString();
};

describe("joining a line that wrapped", () => {
  it("joins a word hyphenated between two lowercase halves", () => {
    expect(join("the inter-", "national community")).toBe("the international community");
    expect(join("consider-", "ation of the item")).toBe("consideration of the item");
  });

  it("keeps a hyphen next to a capital or a digit", () => {
    expect(join("Ms. DiCarlo, Under-", "Secretary-General for")).toBe("Ms. DiCarlo, Under-Secretary-General for");
    expect(join("the COVID-", "19 pandemic")).toBe("the COVID-19 pandemic");
  });

  it("keeps a hyphen the document prints inside a line, or after a prefix or before a suffix English keeps", () => {
    expect(join("a decision-", "making body", ["Decision-making is slow"])).toBe("a decision-making body");
    expect(join("in the twenty-", "first century")).toBe("in the twenty-first century");
    expect(join("an African Union-", "led mission")).toBe("an African Union-led mission");
    expect(join("through non-", "violent means")).toBe("through non-violent means");
  });

  it("keeps a suspended hyphen and its space", () => {
    expect(join("the troop-", "and police-contributing countries")).toBe("the troop- and police-contributing countries");
  });

  it("drops a soft hyphen, and joins other lines with a space", () => {
    expect(join("inter\u00ad", "national")).toBe("international");
    expect(join("the end of a line", "and the next")).toBe("the end of a line and the next");
    expect(join("a dash -", "then")).toBe("a dash - then");
    expect(wrapJoint("x".repeat(100_000) + "-", "y", new Set())).toEqual({ dropHyphen: true, glue: "" });
  });

  it("keeps a deliberate line break as a newline", () => {
    const text = new ParagraphText("Statement by the Ambassador");
    text.newline("at the open debate");
    expect(text.toString()).toBe("Statement by the Ambassador\nat the open debate");
  });
});
