import { describe, expect, it } from "vitest";
import { droppedCount } from "./dropped-count.ts";

const line = (reason: string) => ({ text: "x", reason });

describe("droppedCount", () => {
  it("counts the lines listed", () => {
    expect(droppedCount([line("empty")])).toBe("1 line");
    expect(droppedCount([line("empty"), line("footer")])).toBe("2 lines");
  });

  it("says more than the listed lines when the import counted the rest in a last line", () => {
    const listed = Array.from({ length: 1000 }, () => line("unread-front-matter"));
    expect(droppedCount([...listed, line("more")])).toBe("More than 1,000 lines");
  });
});
