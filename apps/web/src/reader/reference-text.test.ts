import { describe, expect, it } from "vitest";
import { referenceText } from "./reference-text.ts";

const statement = {
  slug: "2023-12-07-unsc-china",
  title: "Statement",
  delegation: "China",
  forum: "Security Council",
  date: "2023-12-07",
  paragraphs: [
    { id: "h1", number: null },
    { id: "p4", number: 3 },
  ],
};

describe("referenceText", () => {
  it("gives the paragraph's citation, numbered as the reader shows it, and its full address", () => {
    expect(referenceText(statement, "p4", "https://verbatim.example")).toBe(
      "China, Security Council, 7 December 2023, ¶3 https://verbatim.example/s/2023-12-07-unsc-china#p4",
    );
  });
  it("leaves out the number of a heading", () => {
    expect(referenceText(statement, "h1", "http://localhost:4317")).toBe(
      "China, Security Council, 7 December 2023 http://localhost:4317/s/2023-12-07-unsc-china#h1",
    );
  });
});
