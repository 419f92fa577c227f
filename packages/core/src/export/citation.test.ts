import { describe, expect, it } from "vitest";
import type { StatementRef } from "../model/statement-ref.ts";
import { type CitationStyle, citationOf, paragraphCitation, referenceOf } from "./citation.ts";
import type { ExcerptParagraphs, ExportItem } from "./export-item.ts";
import { items } from "./test-items.ts";

const base = items[0] as ExportItem;
const bare: StatementRef = { id: "s", slug: "2023-05-22-ccpcj32-apg", title: "Statement" };

function cite(statement: Partial<StatementRef>, paragraphs: ExcerptParagraphs = { number: 9, currentNumber: 9 }): string {
  return citationOf({ ...base, statement: { ...bare, ...statement }, paragraphs });
}

describe("citationOf", () => {
  it("gives the example of the design", () => {
    expect(cite({ onBehalfOf: "Asia-Pacific Group", forum: "CCPCJ 32nd session", date: "2023-05-22" })).toBe(
      "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)",
    );
  });

  it.each<[string, Partial<StatementRef>, string]>([
    [
      "delegation on behalf of a group",
      { delegation: "China", onBehalfOf: "Group of 77", speaker: "Zhang Jun" },
      "China on behalf of Group of 77",
    ],
    ["delegation equal to the group, once", { delegation: "European Union", onBehalfOf: "european union" }, "European Union"],
    ["delegation alone", { delegation: "China", speaker: "Zhang Jun" }, "China"],
    ["group alone", { onBehalfOf: "African Group", speaker: "Ms Diallo" }, "African Group"],
    ["speaker when no delegation", { speaker: "Ms Lee", delegation: " ", onBehalfOf: null }, "Ms Lee"],
    ["title when nobody is named", {}, "Statement"],
    ["white space folded", { delegation: "  Costa\nRica " }, "Costa Rica"],
  ])("names the speaker: %s", (_case, statement, who) => {
    expect(cite(statement)).toBe(`${who}, ¶9 (2023-05-22-ccpcj32-apg#p9)`);
  });

  it.each<[string, Partial<StatementRef>, string]>([
    [
      "forum, symbol and date",
      { forum: "UN Security Council", meetingSymbol: "S/PV.9500", date: "2023-12-07" },
      "Statement, UN Security Council, S/PV.9500, 7 December 2023, ¶9",
    ],
    ["symbol without forum", { meetingSymbol: "S/PV.9500" }, "Statement, S/PV.9500, ¶9"],
    ["date only", { date: "2024-01-01" }, "Statement, 1 January 2024, ¶9"],
    ["empty strings left out", { forum: "", meetingSymbol: "", date: "" }, "Statement, ¶9"],
    ["an unreadable date kept as given", { date: "May 2023" }, "Statement, May 2023, ¶9"],
  ])("omits what is missing: %s", (_case, statement, text) => {
    expect(cite(statement)).toBe(`${text} (2023-05-22-ccpcj32-apg#p9)`);
  });

  it.each<[string, ExcerptParagraphs, string]>([
    ["one paragraph", { number: 9, currentNumber: 9 }, "¶9"],
    ["a span across paragraphs", { number: 9, endNumber: 10, currentNumber: 9 }, "¶9–10"],
    ["a span ending where it starts", { number: 9, endNumber: 9, currentNumber: 9 }, "¶9"],
    ["an end number that is null", { number: 9, endNumber: null, currentNumber: 9 }, "¶9"],
    ["renumbered since", { number: 9, currentNumber: 11 }, "¶9 (now ¶11)"],
    ["a renumbered span", { number: 9, endNumber: 10, currentNumber: 11 }, "¶9–10 (now ¶11)"],
    ["removed since", { number: 9, currentNumber: null }, "¶9 (since removed)"],
  ])("numbers the paragraph: %s", (_case, paragraphs, number) => {
    expect(cite({}, paragraphs)).toBe(`Statement, ${number} (2023-05-22-ccpcj32-apg#p9)`);
  });

  it.each<[string, ExcerptParagraphs, string, string]>([
    ["in a paragraph still there", { number: 9, currentNumber: 11 }, "¶9 (words since removed)", "para. 9 (words since removed)"],
    [
      "in a paragraph since removed",
      { number: 9, endNumber: 10, currentNumber: null },
      "¶9–10 (words since removed)",
      "paras. 9–10 (words since removed)",
    ],
  ])("says an orphan's words are gone: %s", (_case, paragraphs, number, unNumber) => {
    const orphan: ExportItem = { ...base, annotation: { ...base.annotation, anchor: { state: "orphaned", revision: 1 } }, paragraphs };
    expect(citationOf({ ...orphan, statement: bare })).toBe(`Statement, ${number} (2023-05-22-ccpcj32-apg#p9)`);
    expect(citationOf({ ...orphan, statement: { ...bare, meetingSymbol: "S/PV.9500" } }, "un")).toBe(`Statement, S/PV.9500, ${unNumber}`);
  });

  it("numbers a fuzzily placed annotation as any other", () => {
    const fuzzy: ExportItem = {
      ...base,
      statement: bare,
      annotation: { ...base.annotation, anchor: { state: "fuzzy", revision: 2, previousQuote: { exact: "x", prefix: "", suffix: "" } } },
      paragraphs: { number: 9, currentNumber: 10 },
    };
    expect(citationOf(fuzzy)).toBe("Statement, ¶9 (now ¶10) (2023-05-22-ccpcj32-apg#p9)");
  });

  it("leaves out the number of a block that has none, without a stray comma", () => {
    expect(cite({ forum: "CCPCJ" }, { number: null, currentNumber: null })).toBe("Statement, CCPCJ (2023-05-22-ccpcj32-apg#p9)");
  });

  it("gives the reference alone when there is nothing else", () => {
    expect(cite({ title: "" }, { number: null, currentNumber: null })).toBe("(2023-05-22-ccpcj32-apg#p9)");
  });
});

describe("citation styles", () => {
  const unsc: Partial<StatementRef> = { delegation: "China", forum: "UNSC", meetingSymbol: "S/PV.9500", date: "2023-12-07" };
  const styled = (
    style: CitationStyle,
    statement: Partial<StatementRef>,
    paragraphs: ExcerptParagraphs = { number: 4, currentNumber: 4 },
  ) => citationOf({ ...base, statement: { ...bare, ...statement }, paragraphs }, style);

  it("defaults to the full style, as exports were before the choice", () => {
    expect(citationOf({ ...base, statement: { ...bare, ...unsc } })).toBe(styled("full", unsc, base.paragraphs));
  });

  it.each<[CitationStyle, string]>([
    ["full", "China, UNSC, S/PV.9500, 7 December 2023, ¶4 (2023-05-22-ccpcj32-apg#p9)"],
    ["short", "China, UNSC, 7 Dec 2023, ¶4"],
    ["un", "China, S/PV.9500, 7 December 2023, para. 4"],
  ])("cites one statement in the %s style", (style, text) => {
    expect(styled(style, unsc)).toBe(text);
  });

  it.each<[CitationStyle, ExcerptParagraphs, string]>([
    ["short", { number: 9, endNumber: 10, currentNumber: 11 }, "China, UNSC, 7 Dec 2023, ¶9–10 (now ¶11)"],
    ["un", { number: 9, endNumber: 10, currentNumber: 9 }, "China, S/PV.9500, 7 December 2023, paras. 9–10"],
    ["un", { number: 9, currentNumber: 11 }, "China, S/PV.9500, 7 December 2023, para. 9 (now para. 11)"],
    ["un", { number: 9, currentNumber: null }, "China, S/PV.9500, 7 December 2023, para. 9 (since removed)"],
  ])("numbers paragraphs in the %s style: %j", (style, paragraphs, text) => {
    expect(styled(style, unsc, paragraphs)).toBe(text);
  });

  it("falls back to the forum in the UN style when there is no meeting symbol", () => {
    expect(styled("un", { ...unsc, meetingSymbol: null })).toBe("China, UNSC, 7 December 2023, para. 4");
  });

  it.each<CitationStyle>(["short", "un"])("gives the reference alone in the %s style when there is nothing else", (style) => {
    expect(styled(style, { title: "" }, { number: null, currentNumber: null })).toBe("2023-05-22-ccpcj32-apg#p9");
  });
});

describe("referenceOf", () => {
  it("uses the canonical paragraph ID, never the display number", () => {
    const item: ExportItem = { ...base, paragraphs: { number: 2, currentNumber: 4 } };
    expect(referenceOf(item)).toBe("2023-05-22-ccpcj32-apg#p9");
  });
});

describe("paragraphCitation", () => {
  const statement = {
    slug: "2023-12-07-unsc-secretariat",
    title: "Briefing",
    delegation: "UN Secretariat",
    forum: "Security Council",
    meetingSymbol: "S/PV.9500",
    date: "2023-12-07",
  };
  it("cites a paragraph as a reader reads it, the canonical reference left to the link", () => {
    expect(paragraphCitation(statement, { id: "p4", number: 4 })).toBe("UN Secretariat, Security Council, S/PV.9500, 7 December 2023, ¶4");
  });
  it("cites in the short and UN styles as excerpts are", () => {
    expect(paragraphCitation(statement, { id: "p4", number: 4 }, "short")).toBe("UN Secretariat, Security Council, 7 Dec 2023, ¶4");
    expect(paragraphCitation(statement, { id: "p4", number: 4 }, "un")).toBe("UN Secretariat, S/PV.9500, 7 December 2023, para. 4");
  });
  it("leaves out the number of an unnumbered block, and falls back to the reference when there is nothing else", () => {
    expect(paragraphCitation({ ...statement, meetingSymbol: null }, { id: "h1", number: null })).toBe(
      "UN Secretariat, Security Council, 7 December 2023",
    );
    expect(paragraphCitation({ slug: "s", title: "" }, { id: "p2", number: null })).toBe("s#p2");
  });
});
