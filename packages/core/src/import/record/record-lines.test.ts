import { describe, expect, it } from "vitest";
import { classifyLine } from "./record-lines.ts";

describe("classifyLine", () => {
  it.each([
    "The meeting was called to order at 10.05 a.m.",
    "The meeting rose at 1.05 p.m.",
    "The meeting was suspended at 11.50 a.m. and resumed at 12.10 p.m.",
    "A vote was taken by show of hands.",
    "A recorded vote was taken.",
    "In favour:",
    "Against: United States of America",
    "Abstaining:",
    "The draft resolution was adopted.",
    "Draft resolution A/78/L.5 was adopted (resolution 78/5).",
    "The draft resolution was adopted unanimously as resolution 2720 (2023).",
    "The President returned to the Chair.",
    "In the absence of the President, Mr. Kabua (Marshall Islands), Vice-President, took the Chair.",
    "Mr. Biden, President of the United States of America, was escorted into the General Assembly Hall.",
    "Address by Mr. Xavier Espot Zamora, Head of Government of the Principality of Andorra",
    "Expression of thanks to the retiring President",
    "[Subsequently, the delegation of Fiji advised the Secretariat that it had intended to vote in favour.]",
  ])("ends a turn at %s", (line) => {
    expect(classifyLine(line)).toEqual({ kind: "break", agenda: false });
  });

  it.each(["Adoption of the agenda", "The agenda was adopted.", "Agenda item 12", "Agenda item 8 (continued)", "Agenda items 12 and 13"])(
    "opens the agenda at %s",
    (line) => {
      expect(classifyLine(line)).toEqual({ kind: "break", agenda: true });
    },
  );

  it.each([
    ["23-38765 (E)", "job-number"],
    ["23-38765 (E) *2338765*", "job-number"],
    ["*2338765*", "job-number"],
    ["23-38765 4/20", "job-number"],
    ["4/20 23-38765", "job-number"],
    ["S/PV.9500", "document-symbol"],
    ["S/PV.9500 (Resumption 1)", "document-symbol"],
    ["S/PV.9500 The situation in the Middle East 07/12/2023", "running-header"],
    ["07/12/2023 The situation in the Middle East S/PV.9500", "running-header"],
    ["Provisional", "procedural"],
    ["This record contains the text of speeches delivered in English", "procedural"],
    ["Corrections should be submitted to the original languages only.", "procedural"],
    ["12", "page-number"],
    ["07/12/2023", "running-header"],
  ])("drops %s as page furniture (%s)", (line, reason) => {
    expect(classifyLine(line)).toEqual({ kind: "furniture", reason });
  });

  it.each([
    "The draft resolution was adopted last year by consensus, and we hoped for the same: it was not to be.",
    "Against this background, we call for restraint.",
    "In favour of peace, we all stand together.",
    "We recall resolution S/RES/2720 (2023) and its call for aid.",
    "The meeting of the Quartet in Cairo was called to order by its host.",
    `The meeting was called to order ${"at once ".repeat(100)}`,
  ])("leaves speech alone: %s", (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
