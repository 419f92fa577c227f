import type { DiffRow } from "@verbatim/contract";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fateDetail, sideText, sideWords } from "./diff-words.tsx";

const html = (nodes: ReturnType<typeof sideWords> | null) => renderToStaticMarkup(<>{nodes}</>);
const WORDS = [
  { op: "same", text: "2. We " },
  { op: "added", text: "strongly " },
  { op: "same", text: "support the " },
  { op: "removed", text: "two" },
  { op: "added", text: "three" },
  { op: "same", text: " Protocols." },
] as const;

const row = (over: Partial<DiffRow>): DiffRow => ({ id: "p2", kind: "paragraph", fate: "edited", before: null, after: null, ...over });

describe("a diff row as elements", () => {
  it("marks removed words on the older side and added words on the newer, leaving the other side's out", () => {
    expect(html(sideWords(WORDS, "before"))).toBe(
      '2. We support the <del><span class="visually-hidden">removed: </span>two</del> Protocols.',
    );
    expect(html(sideWords(WORDS, "after"))).toBe(
      '2. We <ins><span class="visually-hidden">added: </span>strongly </ins>support the <ins><span class="visually-hidden">added: </span>three</ins> Protocols.',
    );
  });

  it("escapes the text: markup in a paragraph stays text", () => {
    expect(html(sideWords([{ op: "added", text: "<b>bold</b>" }], "after"))).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });

  it("marks a whole inserted or deleted block, and shows an unchanged one plain", () => {
    expect(html(sideText(row({ fate: "inserted", after: { number: 4, text: "New." } }), "after"))).toBe(
      '<ins><span class="visually-hidden">added: </span>New.</ins>',
    );
    expect(sideText(row({ fate: "inserted", after: { number: 4, text: "New." } }), "before")).toBeNull();
    expect(html(sideText(row({ fate: "deleted", before: { number: 3, text: "Gone." } }), "before"))).toContain("<del>");
    const same = { number: 1, text: "Same." };
    expect(html(sideText(row({ fate: "unchanged", before: same, after: same }), "after"))).toBe("Same.");
  });

  it("names the IDs a split or merge links", () => {
    expect(fateDetail(row({ id: "p4", fate: "split", into: ["p4", "p9"] }))).toBe("split into p4, p9");
    expect(fateDetail(row({ id: "p9", fate: "split", from: ["p4"] }))).toBe("split from p4");
    expect(fateDetail(row({ id: "p4", fate: "merged", from: ["p4", "p5"] }))).toBe("merged with p5");
    expect(fateDetail(row({ id: "p5", fate: "merged", into: ["p4"] }))).toBe("merged into p4");
    expect(fateDetail(row({ fate: "edited" }))).toBeNull();
  });
});
