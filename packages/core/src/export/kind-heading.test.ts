import { describe, expect, it } from "vitest";
import { kindHeading } from "./kind-heading.ts";

describe("kindHeading", () => {
  it("names each kind's group", () => {
    expect([kindHeading("position"), kindHeading("commitment"), kindHeading("cross-reference")]).toEqual([
      "Positions",
      "Commitments",
      "Cross-references",
    ]);
  });
});
