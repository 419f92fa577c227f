import { describe, expect, it } from "vitest";
import { describeCode, readCodeDescription } from "./code-description.ts";

describe("code descriptions", () => {
  it("writes the definition, then when to use and when to avoid the code", () => {
    const code = { definition: "Crime online.", guidance: { use: "ICT crime", avoid: "Cyber security" }, status: "active" as const };
    expect(describeCode(code)).toBe("Crime online.\n\nUse when: ICT crime\n\nAvoid when: Cyber security");
    expect(readCodeDescription(describeCode(code))).toEqual({ definition: "Crime online.", guidance: code.guidance, deprecated: false });
  });

  it("marks a deprecated code in its first word and reads the mark back", () => {
    expect(describeCode({ definition: null, status: "deprecated" })).toBe("[deprecated]");
    expect(describeCode({ definition: "Old.", guidance: { avoid: "always" }, status: "deprecated" })).toBe(
      "[deprecated] Old.\n\nAvoid when: always",
    );
    expect(readCodeDescription("[deprecated] Old.\n\nAvoid when: always")).toEqual({
      definition: "Old.",
      guidance: { avoid: "always" },
      deprecated: true,
    });
    expect(readCodeDescription("[deprecated]")).toEqual({ definition: null, guidance: {}, deprecated: true });
  });

  it("keeps a definition of several paragraphs and a guidance-only code", () => {
    const code = { definition: "One.\n\nTwo.", guidance: { use: "a\n\nb" }, status: "new" as const };
    expect(readCodeDescription(describeCode(code))).toEqual({ definition: "One.\n\nTwo.", guidance: { use: "a\n\nb" }, deprecated: false });
    expect(readCodeDescription("Use when: x")).toEqual({ definition: null, guidance: { use: "x" }, deprecated: false });
  });

  it("reads another tool's description as the definition, and none as null", () => {
    expect(readCodeDescription("Statements about money laundering")).toEqual({
      definition: "Statements about money laundering",
      guidance: {},
      deprecated: false,
    });
    expect(describeCode({ definition: " ", guidance: {}, status: "active" })).toBeNull();
    expect(readCodeDescription(null)).toEqual({ definition: null, guidance: {}, deprecated: false });
  });
});
