import { describe, expect, it } from "vitest";
import { normaliseLink } from "./note-extensions.ts";

describe("normaliseLink", () => {
  it("keeps http(s) and mailto, completes bare domains and emails, refuses the rest", () => {
    expect(normaliseLink("https://unodc.org")).toBe("https://unodc.org");
    expect(normaliseLink(" unodc.org/en ")).toBe("https://unodc.org/en");
    expect(normaliseLink("desk@example.org")).toBe("mailto:desk@example.org");
    expect(normaliseLink("javascript:alert(1)")).toBeNull();
    expect(normaliseLink("not a link")).toBeNull();
    expect(normaliseLink("")).toBeNull();
  });
});
