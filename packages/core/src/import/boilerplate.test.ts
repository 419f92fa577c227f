import { describe, expect, it } from "vitest";
import { classifyBoilerplate, stripEdges } from "./boilerplate.ts";

describe("classifyBoilerplate", () => {
  it.each([
    ["Home Meetings & Statements Events & Activities About Us 中文", "navigation"],
    ["\u00a0 Home\u00a0>\u00a0 Our Mission\u00a0>\u00a0 Speeches", "navigation"],
    ["Home » News", "navigation"],
    ["Skip to main content", "navigation"],
    ["Suggest to a friend", "share"],
    ["Print", "share"],
    ["Print | Share | Email", "share"],
    ["Back to top", "footer"],
    ["Copyright © 2023 Permanent Mission", "footer"],
    ["Follow us on X", "footer"],
  ])("classifies %s", (line, reason) => expect(classifyBoilerplate(line)).toBe(reason));

  it.each([
    "Mr. President,",
    "Kyoto Declaration",
    "Statements by the Group are welcome.",
    "Transnational Organised Crime",
    "2023-12-07 13:00",
  ])("leaves %s alone", (line) => expect(classifyBoilerplate(line)).toBeNull());
});

describe("stripEdges", () => {
  it("drops boilerplate at the top and bottom only, recording why", () => {
    const lines = ["Home About Contact", "", "Mr. President,", "Print", "We thank you.", "", "Share", "Back to top"];
    const { kept, top, bottom } = stripEdges(lines, (line) => line);
    expect(kept).toEqual(["", "Mr. President,", "Print", "We thank you.", ""]);
    expect(top).toEqual([{ item: "Home About Contact", reason: "navigation" }]);
    expect(bottom).toEqual([
      { item: "Share", reason: "share" },
      { item: "Back to top", reason: "footer" },
    ]);
  });

  it("drops French and Spanish share links", () => {
    expect(classifyBoilerplate("Imprimer")).toBe("share");
    expect(classifyBoilerplate("Compartir")).toBe("share");
  });
});
