import { describe, expect, it } from "vitest";
import { ROLE_OPTIONS, withArticle } from "./roles.ts";

describe("roles", () => {
  it("offers every role, most rights first", () => {
    expect(ROLE_OPTIONS.map((o) => o.label)).toEqual(["Admin", "Reviewer", "Analyst", "Viewer"]);
  });

  it("puts the right article before a role", () => {
    expect(["admin", "analyst", "reviewer", "viewer"].map((r) => withArticle(r as "admin"))).toEqual([
      "an admin",
      "an analyst",
      "a reviewer",
      "a viewer",
    ]);
  });
});
