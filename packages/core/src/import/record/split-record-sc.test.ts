import { describe, expect, it } from "vitest";
import { readText } from "../from-text.ts";
import { normaliseText } from "../normalise-text.ts";
import { recordBlocks } from "./fixtures/record-blocks.ts";
import type { ExpectedTurn } from "./fixtures/record-blocks.ts";
import {
  REAL_EXTRACTS,
  SECURITY_COUNCIL_PAGES,
  SECURITY_COUNCIL_PROCEDURAL,
  SECURITY_COUNCIL_TURNS,
} from "./fixtures/security-council-record.ts";
import type { RecordTurn } from "./record-types.ts";
import { splitRecord } from "./split-record.ts";

/** The turn as the fixture describes it. */
function described(turn: RecordTurn): ExpectedTurn {
  const first = normaliseText(turn.blocks[0]?.text ?? "");
  const wanted: ExpectedTurn = { speaker: turn.speaker, firstWords: first };
  if (turn.delegation !== undefined) wanted.delegation = turn.delegation;
  if (turn.role !== undefined) wanted.role = turn.role;
  if (turn.onBehalfOf !== undefined) wanted.onBehalfOf = turn.onBehalfOf;
  if (turn.language !== undefined) wanted.language = turn.language;
  return wanted;
}

function expectTurns(turns: readonly RecordTurn[], expected: readonly ExpectedTurn[]): void {
  expect(turns.map((turn) => turn.index)).toEqual(expected.map((_, at) => at));
  const got = turns.map(described);
  // The first words are checked as a prefix, so each expectation stays short.
  const shaped = got.map((turn, at) => {
    const firstWords = expected[at]?.firstWords ?? "";
    return { ...turn, firstWords: turn.firstWords.startsWith(firstWords) ? firstWords : turn.firstWords };
  });
  expect(shaped).toEqual(expected);
}

describe("splitRecord on a Security Council record", () => {
  const blocks = recordBlocks(SECURITY_COUNCIL_PAGES);
  const record = splitRecord(blocks);

  it("reads the cover", () => {
    expect(record).toMatchObject({
      symbol: "S/PV.9500",
      forum: "Security Council",
      meeting: "9500th meeting",
      session: "Seventy-eighth year",
      date: "2023-12-07",
      place: "New York",
      agenda: [
        "The situation in the Middle East, including the Palestinian question",
        "Letter dated 6 December 2023 from the Secretary-General addressed to the President of the Security Council (S/2023/962)",
      ],
    });
  });

  it("finds every turn with its speaker, delegation, role, group, language and first words", () => {
    expect(record?.turns).toHaveLength(SECURITY_COUNCIL_TURNS.length);
    expectTurns(record?.turns ?? [], SECURITY_COUNCIL_TURNS);
  });

  it("keeps procedural lines and page furniture out of every turn", () => {
    const spoken = new Set((record?.turns ?? []).flatMap((turn) => turn.blocks.map((block) => normaliseText(block.text))));
    const dropped = new Set((record?.procedural ?? []).map((line) => line.text));
    for (const line of SECURITY_COUNCIL_PROCEDURAL) {
      expect(spoken.has(line), line).toBe(false);
      expect(dropped.has(line), line).toBe(true);
    }
    for (const text of spoken) {
      expect(text).not.toMatch(/^(?:The meeting|In favour|Against|Abstaining|Adoption of|The agenda was|This record contains)/u);
    }
  });

  it("says why each line was dropped and where", () => {
    expect(record?.procedural).toContainEqual({ text: "23-38765 (E)", reason: "job-number", page: 1 });
    expect(record?.procedural).toContainEqual({ text: "S/PV.9500", reason: "document-symbol", page: 1 });
    expect(record?.procedural).toContainEqual({ text: "The agenda was adopted.", reason: "procedural", page: 2 });
    const members = record?.procedural.find((line) => line.text.startsWith("Members: Albania Mr. Hoxha"));
    expect(members).toMatchObject({ reason: "procedural", page: 1 });
  });

  it("keeps a turn across a page break and its furniture, with its pages", () => {
    const usa = record?.turns.find((turn) => turn.speaker === "Mrs. Thomas-Greenfield");
    expect(usa?.pages).toEqual({ from: 2, to: 3 });
    expect(usa?.blocks.map((block) => normaliseText(block.text))).toEqual([
      "The United States appreciates the Secretary-General's leadership.",
      'We share the goal of a durable peace. As the President of the Council put it, "Mr. Hoxha (Albania): has the floor" is not a marker when it is quoted mid-paragraph.',
      "We will continue to work with all members of the Council.",
    ]);
  });

  it("leaves speech that looks like a marker in the turn", () => {
    const secretaryGeneral = record?.turns.find((turn) => turn.speaker === "The Secretary-General");
    expect(secretaryGeneral?.blocks.map((block) => block.text)).toEqual([
      "I have written to the Council under Article 99 of the Charter, for the first time in my mandate as Secretary-General.",
      "Mr. President, the people of the region are looking to this Council.",
      "Mr. President: I say again that we cannot wait.",
    ]);
    const briefer = record?.turns.find((turn) => turn.speaker === "Ms. DiCarlo");
    expect(briefer?.blocks.at(-1)?.text).toBe("Resolution 2712 (2023): its call for pauses has not been met in full.");
  });

  it("keeps the President's words on a vote in the President's turn", () => {
    const result = record?.turns.find((turn) => turn.blocks[0]?.text.startsWith("The draft resolution received"));
    expect(result?.blocks[0]?.text).toContain("has not been adopted, owing to the negative vote of a permanent member");
  });

  it("reads the same record pasted as one block of lines, without pages", () => {
    const pasted = splitRecord([{ kind: "paragraph", text: SECURITY_COUNCIL_PAGES.join("\n").replace(/\n[ \t]*\n/gu, "\n") }]);
    expect(pasted?.symbol).toBe("S/PV.9500");
    const found = (pasted?.turns ?? []).map((turn) => `${turn.speaker} | ${turn.delegation ?? ""} | ${turn.language ?? ""}`);
    const wanted = SECURITY_COUNCIL_TURNS.map((turn) => `${turn.speaker} | ${turn.delegation ?? ""} | ${turn.language ?? ""}`);
    expect(found).toEqual(wanted);
    expect(pasted?.turns[0]?.pages).toBeUndefined();
  });

  it("reads the record pasted with no blank lines, as the text reader splits it", () => {
    const pasted = splitRecord(readText(SECURITY_COUNCIL_PAGES.join("\n").replace(/\n[ \t]*\n/gu, "\n")).blocks);
    expect(pasted).toMatchObject({ symbol: "S/PV.9500", forum: "Security Council", date: "2023-12-07" });
    expectTurns(pasted?.turns ?? [], SECURITY_COUNCIL_TURNS);
  });

  it("drops a running head a PDF reader left in pieces inside a turn", () => {
    const record = splitRecord([
      { kind: "paragraph", text: "The agenda was adopted.", page: 1 },
      { kind: "paragraph", text: "Threats to international peace and security", page: 1 },
      { kind: "paragraph", text: "The President: I give the floor to the representative of Malta.", page: 1 },
      { kind: "paragraph", text: "Mrs. Frazier (Malta): Malta thanks the briefers.", page: 1 },
      { kind: "paragraph", text: "07/12/2023", page: 2 },
      { kind: "paragraph", text: "Threats to international peace and security", page: 2 },
      { kind: "paragraph", text: "S/PV.9500", page: 2 },
      { kind: "paragraph", text: "We align ourselves with the statement of the European Union.", page: 2 },
    ]);
    expect(record?.turns[1]?.blocks.map((block) => block.text)).toEqual([
      "Malta thanks the briefers.",
      "We align ourselves with the statement of the European Union.",
    ]);
    expect(record?.procedural.slice(-3).map((line) => line.reason)).toEqual(["running-header", "running-header", "document-symbol"]);
  });

  it("joins a marker a PDF reader cut into two blocks", () => {
    const cut = splitRecord([
      { kind: "paragraph", text: "The meeting was called to order at 3 p.m.", page: 2 },
      { kind: "paragraph", text: "The President: I give the floor to the representative of the United States.", page: 2 },
      { kind: "paragraph", text: "Mrs. Thomas-Greenfield (United", page: 2 },
      { kind: "paragraph", text: "States of America): Thank you, Mr. President.", page: 3 },
    ]);
    expect(cut?.turns[1]).toMatchObject({
      speaker: "Mrs. Thomas-Greenfield",
      delegation: "United States of America",
      blocks: [{ kind: "paragraph", text: "Thank you, Mr. President.", page: 2 }],
    });
  });
});

describe("splitRecord on extracts of public records", () => {
  it("reads S/PV.2932's pages: interpretation notes, page heads, seats taken at the table", () => {
    const record = splitRecord(recordBlocks(REAL_EXTRACTS.sPv2932Pages), { symbol: "S/PV.2932" });
    expect(record?.turns.map((turn) => [turn.speaker, turn.delegation, turn.language, turn.pages])).toEqual([
      ["The President", undefined, "en", { from: 1, to: 1 }],
      ["The President", undefined, "en", { from: 2, to: 2 }],
      ["Mr. Abulhasan", "Kuwait", "ar", { from: 2, to: 3 }],
      ["The President", undefined, "en", { from: 4, to: 4 }],
      ["Ms. Rasi", "Finland", "en", { from: 4, to: 4 }],
    ]);
    expect(record?.turns[0]?.blocks.map((block) => block.text).at(-1)).toBe("There being no objection, it is so decided.");
    expect(record?.turns[2]?.blocks.at(-1)?.text).toBe("We discussed all points of view and all disagreements between our two countries.");
    expect(record?.procedural.map((line) => [line.text, line.reason])).toEqual(
      expect.arrayContaining([
        [
          "At the invitation of the President, Mr. Kadrat (Iraq) took place at the Council table; Mr. Abulhasan (Kuwait) took place at the Council table.",
          "procedural",
        ],
        ["JB/6", "running-header"],
        ["S/PV.2932", "document-symbol"],
        ["7", "page-number"],
        ["(Mr. Abulhasan, Kuwait)", "running-header"],
        ["(Sir Crispin Tickell, United Kingdom)", "running-header"],
      ]),
    );
  });

  it("reads S/PV.4552: the cover, the agenda and the President speaking in Arabic", () => {
    const record = splitRecord(
      [
        ...recordBlocks([REAL_EXTRACTS.sPv4552], false),
        { kind: "paragraph", text: "Mr. Zhang Yishan (China) (spoke in Chinese): China supports the request." },
      ],
      { symbol: "S/PV.4552" },
    );
    expect(record).toMatchObject({
      symbol: "S/PV.4552",
      forum: "Security Council",
      meeting: "4552nd meeting",
      session: "Fifty-seventh year",
      date: "2002-06-13",
      place: "New York",
    });
    expect(record?.agenda?.[0]).toBe("The situation in the Middle East, including the Palestinian question");
    expect(record?.turns.map(described).map((turn) => [turn.speaker, turn.delegation, turn.language])).toEqual([
      ["The President", "Syrian Arab Republic", "ar"],
      ["Mr. Zhang Yishan", "China", "zh"],
    ]);
  });

  it("reads S/PV.2932: the older cover's date and place, and the President's tribute", () => {
    const record = splitRecord([
      ...recordBlocks([REAL_EXTRACTS.sPv2932], false),
      { kind: "paragraph", text: "Mr. Pickering (United States of America): The United States condemns the invasion." },
    ]);
    expect(record).toMatchObject({ symbol: "S/PV.2932", forum: "Security Council", date: "1990-08-02", place: "New York" });
    expect(record?.turns.map((turn) => [turn.speaker, turn.delegation])).toEqual([
      ["The President", "Romania"],
      ["Mr. Pickering", "United States of America"],
    ]);
    expect(record?.agenda).toEqual(["The situation between Iraq and Kuwait"]);
  });
});
