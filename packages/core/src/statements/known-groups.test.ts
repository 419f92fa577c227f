import { describe, expect, it } from "vitest";
import { findKnownGroup } from "./known-groups.ts";

describe("findKnownGroup", () => {
  it.each([
    ["Statement of the Group of Asia-Pacific States at the 32nd Session", "Asia-Pacific Group"],
    ["on behalf of the Asia Pacific Group", "Asia-Pacific Group"],
    ["on behalf of the G-77 and China", "Group of 77 and China"],
    ["the European Union and its member States", "European Union"],
    ["Group of African States", "African Group"],
  ])("finds the group in %s", (text, name) => expect(findKnownGroup(text)?.name).toBe(name));

  it("does not read acronyms inside other words or in lower case", () => {
    expect(findKnownGroup("Statement by Viet Nam")).toBeNull();
    expect(findKnownGroup("we are eu-ropean")).toBeNull();
  });
});
