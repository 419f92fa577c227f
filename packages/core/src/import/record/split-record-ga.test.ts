import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise-text.ts";
import { GENERAL_ASSEMBLY_PAGES, GENERAL_ASSEMBLY_TURNS } from "./fixtures/general-assembly-record.ts";
import { recordBlocks } from "./fixtures/record-blocks.ts";
import { splitRecord } from "./split-record.ts";

describe("splitRecord on a General Assembly record", () => {
  const record = splitRecord(recordBlocks(GENERAL_ASSEMBLY_PAGES));

  it("reads the cover and the agenda items", () => {
    expect(record).toMatchObject({
      symbol: "A/78/PV.41",
      forum: "General Assembly",
      meeting: "41st plenary meeting",
      session: "Seventy-eighth session",
      date: "2023-10-30",
      place: "New York",
      agenda: [
        "Commemoration of the thirtieth anniversary of the International Conference on Population and Development",
        "General debate",
      ],
    });
  });

  it("finds every turn: the Acting President's country, groups spoken for, heads of State", () => {
    const got = (record?.turns ?? []).map((turn) => {
      const first = normaliseText(turn.blocks[0]?.text ?? "");
      const wanted = GENERAL_ASSEMBLY_TURNS[turn.index]?.firstWords ?? "";
      const { index, blocks, pages, ...rest } = turn;
      expect([index, blocks.length > 0, pages !== undefined]).toEqual([turn.index, true, true]);
      return { ...rest, firstWords: first.startsWith(wanted) ? wanted : first };
    });
    expect(got).toEqual(GENERAL_ASSEMBLY_TURNS);
  });

  it("drops adoption lines, chair changes and arrivals as procedural", () => {
    const dropped = (record?.procedural ?? []).map((line) => line.text);
    expect(dropped).toEqual(
      expect.arrayContaining([
        "In the absence of the President, Mr. Kabua (Marshall Islands), Vice-President, took the Chair.",
        "The President returned to the Chair.",
        "A recorded vote was taken.",
        "Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda",
        "Israel, United States of America",
        "Draft resolution A/78/L.5 was adopted by 120 votes to 14, with 32 abstentions (resolution 78/5).",
        "[Subsequently, the delegation of Fiji advised the Secretariat that it had intended to vote in favour.]",
        "Agenda item 8 (continued)",
        "Mr. Xavier Espot Zamora, Head of Government of the Principality of Andorra, was escorted to the rostrum.",
        "23-32190 (E)",
      ]),
    );
    const spoken = (record?.turns ?? []).flatMap((turn) => turn.blocks.map((block) => block.text));
    expect(spoken.some((text) => /This record contains|was adopted by|took the Chair|Subsequently|Afghanistan, Albania/u.test(text))).toBe(
      false,
    );
  });

  it("keeps a Secretariat note from the cover out of the group's turn", () => {
    const group = record?.turns[1];
    expect(group?.blocks.map((block) => block.text)).toEqual([
      "I have the honour to speak on behalf of the Group of 77 and China.",
      "The Group reaffirms its commitment to the Programme of Action.",
    ]);
  });
});

describe("splitRecord on committee and ECOSOC records", () => {
  it("names the committee over the General Assembly, and the Chair's country", () => {
    const record = splitRecord([
      { kind: "paragraph", text: "General Assembly\nSeventy-eighth session" },
      { kind: "paragraph", text: "Third Committee\nSummary record of the 12th meeting" },
      { kind: "paragraph", text: "Chair: Ms. Al-Hassani (Iraq)" },
      { kind: "paragraph", text: "The Chair (spoke in Arabic): The Committee will now begin its general discussion." },
      {
        kind: "paragraph",
        text: "Mr. Tur de la Concepción (Cuba) (spoke in Spanish): On behalf of the Group of 77 and China, I thank the Chair.",
      },
    ]);
    expect(record).toMatchObject({ forum: "Third Committee", meeting: "12th meeting" });
    expect(record?.turns.map((turn) => [turn.speaker, turn.delegation, turn.role, turn.onBehalfOf, turn.language])).toEqual([
      ["The Chair", "Iraq", "Chair", undefined, "ar"],
      ["Mr. Tur de la Concepción", "Cuba", undefined, "Group of 77 and China", "es"],
    ]);
  });

  it("reads the group spoken for from the speech's first words, not a country or a statement someone else delivers", () => {
    const record = splitRecord([
      { kind: "paragraph", text: "The meeting was called to order at 3 p.m." },
      { kind: "paragraph", text: "Mr. Wood (United States of America): I speak on behalf of the United States of America." },
      { kind: "paragraph", text: "Ms. Lee (Singapore): I speak on behalf of the Forum of Small States, a group of 108 countries." },
      { kind: "paragraph", text: "Mr. Ali (Maldives): On behalf of the small island developing States, I thank you." },
      {
        kind: "paragraph",
        text: "Mr. Rai (Nepal): We align ourselves with the statement delivered on behalf of the Group of 77 and China.",
      },
      { kind: "paragraph", text: "Mr. Kim (Republic of Korea): On behalf of my Government, I thank you." },
    ]);
    expect(record?.turns.map((turn) => turn.onBehalfOf)).toEqual([
      undefined,
      "Forum of Small States",
      "small island developing States",
      undefined,
      undefined,
    ]);
  });

  it("takes the forum from the symbol the PDF reader found", () => {
    const record = splitRecord(
      [
        { kind: "paragraph", text: "The President: I declare open the coordination segment." },
        { kind: "paragraph", text: "Mr. Rae (Canada): Canada welcomes the report." },
      ],
      { symbol: "E/2023/SR.12" },
    );
    expect(record).toMatchObject({ symbol: "E/2023/SR.12", forum: "Economic and Social Council" });
  });
});
