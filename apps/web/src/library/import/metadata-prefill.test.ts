import { describe, expect, it } from "vitest";
import { EMPTY_METADATA } from "./metadata-fields.ts";
import { applyPrefill, hintNotes, hintsToValues, placeHint } from "./metadata-prefill.ts";

/** The hints the API gives for the Asia-Pacific Group's CCPCJ statement in the shared fixtures. */
const apgHints = {
  place: "Vienna",
  date: "2023-05-22",
  title: "Statement of the Group of Asia-Pacific States at the 32nd Session of the CCPCJ",
  onBehalfOf: "Asia-Pacific Group",
  forum: "32nd Session of the United Nations Commission on Crime Prevention and Criminal Justice",
  speaker: "H.E. Mr. Ikram Mohammad Ibrahim",
  delegation: "Malaysia",
};

describe("hintsToValues", () => {
  it("maps each hint to the field of the same name", () => {
    expect(hintsToValues(apgHints)).toEqual({
      title: apgHints.title,
      speaker: apgHints.speaker,
      delegation: "Malaysia",
      onBehalfOf: "Asia-Pacific Group",
      forum: apgHints.forum,
      date: "2023-05-22",
    });
  });

  it("leaves out hints the contract would reject, and keys with no field", () => {
    const hints = { date: "May 2023", sourceUrl: "mission.example.org/statement", language: "English", place: "Vienna", x: "y" };
    expect(hintsToValues(hints)).toEqual({});
    expect(hintsToValues({ language: "en", sourceUrl: "https://example.org/s" })).toEqual({
      language: "en",
      sourceUrl: "https://example.org/s",
    });
  });

  it("trims, and skips empty hints", () => {
    expect(hintsToValues({ title: "  Remarks  ", speaker: " " })).toEqual({ title: "Remarks" });
  });
});

describe("placeHint", () => {
  it("offers the place, which has no field of its own", () => {
    expect(placeHint(apgHints)).toBe("Vienna");
    expect(placeHint({ place: " " })).toBeNull();
    expect(placeHint({})).toBeNull();
  });
});

describe("applyPrefill", () => {
  it("fills an empty form", () => {
    const values = applyPrefill(EMPTY_METADATA, {}, { title: "Remarks", date: "2023-12-07" });
    expect(values).toEqual({ ...EMPTY_METADATA, title: "Remarks", date: "2023-12-07" });
  });

  it("keeps what the analyst typed, and replaces or clears what only the old preview suggested", () => {
    const previous = { title: "Old title", forum: "UNSC", speaker: "Zhang Jun" };
    const current = { ...EMPTY_METADATA, title: "Old title", forum: "UNSC", speaker: "Amb. Zhang Jun", delegation: "China" };
    const next = { title: "New title", delegation: "Malaysia" };
    expect(applyPrefill(current, previous, next)).toEqual({
      ...EMPTY_METADATA,
      title: "New title",
      forum: "",
      speaker: "Amb. Zhang Jun",
      delegation: "China",
    });
  });
});

describe("hintNotes", () => {
  it("shows the role beside the speaker and the delivery note beside the title", () => {
    expect(hintNotes({ role: "Alternate Representative", delivery: "check-against-delivery" })).toEqual({
      speaker: "The text gives the role: Alternate Representative.",
      title: "The text says “Check against delivery”: it is the text as prepared, not as spoken.",
    });
    expect(hintNotes({ title: "Remarks" })).toEqual({});
  });
});
