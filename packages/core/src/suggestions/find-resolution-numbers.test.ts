import { describe, expect, it } from "vitest";
import { findResolutionNumbers } from "./find-resolution-numbers.ts";
import type { StatementContext } from "./suggestion.ts";
import { symbolTargets } from "./symbol-targets.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const targetFor = symbolTargets(TEST_INSTRUMENTS);
const elsewhere: StatementContext = { delegation: "Norway", onBehalfOf: null, councilForum: false };
const council: StatementContext = { ...elsewhere, councilForum: true };
const found = (text: string, context = elsewhere) =>
  findResolutionNumbers(text, context, targetFor).map((f) => ({
    words: text.slice(f.start, f.end),
    target: f.kind === "cross-reference" ? f.attributes.target : "",
  }));

describe("findResolutionNumbers", () => {
  it.each([
    ["as set out in resolution 75/282.", "resolution 75/282", "A/RES/75/282"],
    ["General Assembly resolution 70/1 set the goals", "General Assembly resolution 70/1", "AGENDA-2030"],
    ["under Security Council resolution 2482 (2019) on", "Security Council resolution 2482 (2019)", "S/RES/2482 (2019)"],
    ["recalled resolution 2417 (2018)", "resolution 2417 (2018)", "S/RES/2417 (2018)"],
    ["UN Security Council resolution 1373 in letter", "Security Council resolution 1373", "S/RES/1373 (2001)"],
    ["Human Rights Council resolution 53/12 asks", "Human Rights Council resolution 53/12", "A/HRC/RES/53/12"],
    ["ECOSOC resolution 2023/5 on", "ECOSOC resolution 2023/5", "E/RES/2023/5"],
    ["resolution ES-11/1 demands", "resolution ES-11/1", "A/RES/ES-11/1"],
    ["resolution S-32/1 adopted", "resolution S-32/1", "A/RES/S-32/1"],
    ["resolution 2625 (XXV) on friendly relations", "resolution 2625 (XXV)", "A/RES/2625 (XXV)"],
    ["Resolution 74/247 opened the process", "Resolution 74/247", "A/RES/74/247"],
  ])("finds %j", (text, words, target) => {
    expect(found(text)).toEqual([{ words, target }]);
  });

  it("reads a list of resolutions", () => {
    expect(found("resolutions 74/247 and 75/282, and 70/1")).toEqual([
      { words: "resolutions 74/247", target: "A/RES/74/247" },
      { words: "75/282", target: "A/RES/75/282" },
      { words: "70/1", target: "AGENDA-2030" },
    ]);
  });

  it("takes a bare number for the Council's only where the context is the Council", () => {
    expect(found("in line with resolution 2254.")).toEqual([]);
    expect(found("in line with resolution 2254.", council)).toEqual([{ words: "resolution 2254", target: "S/RES/2254" }]);
    expect(found("When the Council adopted resolution 1373, it acted.")).toEqual([
      { words: "resolution 1373", target: "S/RES/1373 (2001)" },
    ]);
    const [finding] = findResolutionNumbers("resolution 2254", council, targetFor);
    expect(finding?.confidence).toBeLessThan(0.9);
  });

  it.each([
    "the resolution of 12/05/2023 was adopted",
    "resolution 12/05/2023",
    "paragraph 74/2 of the report",
    "see p. 74/247",
    "a resolution adopted by 141 votes",
    "Commission on Narcotic Drugs resolution 66/1",
    "CCPCJ resolution 32/1",
    "resolution 1.5 degrees",
    "Security Council resolution 74/247",
  ])("finds nothing in %j", (text) => {
    expect(found(text, council)).toEqual([]);
  });
});
