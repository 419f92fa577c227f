import { describe, expect, it } from "vitest";
import { speakerLine } from "./statement-row.tsx";

describe("speakerLine", () => {
  it("joins the delegation and the group it speaks for", () => {
    expect(speakerLine("Malaysia", "Asia-Pacific Group")).toBe("Malaysia, on behalf of Asia-Pacific Group");
    expect(speakerLine(null, "Asia-Pacific Group")).toBe("On behalf of Asia-Pacific Group");
    expect(speakerLine("China", null)).toBe("China");
    expect(speakerLine(null, null)).toBe("");
  });
});
