import { ChosenTurn } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { chosenTurns, meetingFields, meetingValues, turnChoices } from "./record-turns.ts";

const record = {
  symbol: "S/PV.9500",
  forum: "Security Council",
  meeting: null,
  date: null,
  place: null,
  procedural: [],
  turns: [0, 1, 2].map((index) => ({
    index,
    speaker: `Speaker ${index}`,
    delegation: index === 0 ? null : `Delegation ${index}`,
    role: null,
    onBehalfOf: null,
    language: null,
    pages: null,
    title: `Statement ${index}`,
    paragraphs: [],
    words: 10,
  })),
};

describe("record turns", () => {
  it("sends only the chosen turns, each with only what the analyst changed", () => {
    const choices = turnChoices(record);
    choices[0]!.checked = false;
    choices[1]!.delegation = " Arcadia ";
    choices[2]!.title = "";
    choices[2]!.speaker = "";
    const turns = chosenTurns(choices, record);
    expect(turns).toEqual([
      { index: 1, delegation: "Arcadia" },
      { index: 2, speaker: null },
    ]);
    for (const turn of turns) expect(ChosenTurn.safeParse(turn).success).toBe(true);
  });

  it("fills the meeting's fields from the record, else from the metadata, and leaves empty ones out", () => {
    const values = meetingValues(record, { date: "2023-12-07", forum: "ignored" });
    expect(values).toEqual({ forum: "Security Council", date: "2023-12-07", meetingSymbol: "S/PV.9500" });
    expect(meetingFields({ ...values, forum: "  " })).toEqual({ date: "2023-12-07", meetingSymbol: "S/PV.9500" });
  });
});
