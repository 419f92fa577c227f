import { describe, expect, it } from "vitest";
import { baseSlug, uniqueSlug } from "./slug.ts";

describe("baseSlug", () => {
  it("puts date, forum and delegation together", () => {
    expect(
      baseSlug({ title: "Remarks at the open debate", date: "2023-12-07", forum: "UN Security Council open debate", delegation: "China" }),
    ).toBe("2023-12-07-unsc-china");
  });

  it("prefers the group spoken for, abbreviated", () => {
    expect(
      baseSlug({
        title: "Statement",
        date: "2023-05-22",
        forum: "CCPCJ 32nd session",
        delegation: "Malaysia",
        onBehalfOf: "Asia-Pacific Group",
      }),
    ).toBe("2023-05-22-ccpcj32-apg");
    expect(baseSlug({ title: "S", forum: "General Assembly", onBehalfOf: "Group of 77 and China" })).toBe("unga-g77");
    expect(baseSlug({ title: "S", onBehalfOf: "European Union" })).toBe("eu");
    expect(baseSlug({ title: "S", onBehalfOf: "the African Group" })).toBe("african-group");
  });

  it("strips diacritics from delegations", () => {
    expect(baseSlug({ title: "S", date: "2024-01-02", delegation: "Côte d\u2019Ivoire" })).toBe("2024-01-02-cote-divoire");
  });

  it("falls back to the forum named in the title and to title words", () => {
    expect(baseSlug({ title: "Remarks by Ambassador Li Wei at the Security Council", date: "2023-12-07" })).toBe("2023-12-07-unsc-li-wei");
    expect(baseSlug({ title: "Statement at the Security Council" })).toBe("unsc-statement-security-council");
    expect(baseSlug({ title: "Joint Statement on Ocean Plastics", forum: "Pledging conference" })).toBe("pc-ocean-plastics");
  });

  it("is never empty and never longer than 80 characters", () => {
    expect(baseSlug({ title: "中文" })).toBe("statement");
    const long = baseSlug({ title: "x", delegation: "The Very Long Name of a Delegation ".repeat(5), date: "2023-01-01" });
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^2023-01-01-the-very-long-name[a-z0-9-]*[a-z0-9]$/u);
  });

  it("ignores a date that is not ISO", () => {
    expect(baseSlug({ title: "S", date: "May 2023", delegation: "Fiji" })).toBe("fiji");
  });
});

describe("uniqueSlug", () => {
  it("adds -2, -3, … on a clash", () => {
    expect(uniqueSlug("a", new Set())).toBe("a");
    expect(uniqueSlug("a", new Set(["a"]))).toBe("a-2");
    expect(uniqueSlug("a", new Set(["a", "a-2", "a-3"]))).toBe("a-4");
  });

  it("stays within 80 characters", () => {
    const base = "x".repeat(80);
    expect(uniqueSlug(base, new Set([base]))).toBe(`${"x".repeat(78)}-2`);
  });
});
