import { describe, expect, it } from "vitest";
import { parseLeadIn, parseOfficeAndName, parseSummaryLine } from "./lead-in.ts";

describe("parseOfficeAndName", () => {
  it("splits a UN office from the name after it", () => {
    expect(parseOfficeAndName("Secretary-General António Guterres")).toEqual({ speaker: "António Guterres", role: "Secretary-General" });
    expect(parseOfficeAndName("Under-Secretary-General for Political and Peacebuilding Affairs Rosa Marin")).toEqual({
      speaker: "Rosa Marin",
      role: "Under-Secretary-General for Political and Peacebuilding Affairs",
    });
    expect(parseOfficeAndName("the Under-Secretary-General for Peace Operations")).toEqual({
      role: "Under-Secretary-General for Peace Operations",
    });
    expect(parseOfficeAndName("Ambassador Li Wei")).toBeNull();
  });

  it("gives up on a long run of words", () => {
    expect(parseOfficeAndName(`Secretary-General for ${"Affairs ".repeat(50_000)}`)).toBeNull();
  });
});

describe("parseLeadIn", () => {
  it("reads who spoke, where and to whom from a press release's lead-in", () => {
    expect(
      parseLeadIn(
        "Following are UN Secretary-General António Guterres' remarks to the Security Council open debate on reformed multilateralism, in New York today:",
      ),
    ).toEqual({
      speaker: "António Guterres",
      role: "Secretary-General",
      forum: "Security Council open debate on reformed multilateralism",
      place: "New York",
    });
  });

  it("returns null for a sentence that is no lead-in", () => {
    expect(parseLeadIn("Following the vote, we spoke.")).toBeNull();
  });
});

describe("parseSummaryLine", () => {
  it("reads a page's summary of who gave a statement", () => {
    expect(parseSummaryLine("UK Ambassador Barbara Woodward gave a statement at the UN Security Council meeting on Ukraine.")).toEqual({
      speaker: "Ambassador Barbara Woodward",
      delegation: "United Kingdom",
      forum: "UN Security Council meeting on Ukraine",
    });
    expect(parseSummaryLine("The Council gave a statement.")).toBeNull();
  });
});
