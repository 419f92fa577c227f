import { describe, expect, it } from "vitest";
import { readerHelp } from "./reader-help.tsx";

describe("readerHelp", () => {
  it("names the selection keys and the tag keys from the shortcut list", () => {
    const help = readerHelp(true);
    expect(help).toContain("Press S to select the sentence, P the paragraph, ] to take in the next sentence and [ the one before.");
    expect(help).toContain("Press 1 to tag the selection as a position, 2 as a commitment, 3 as a cross-reference.");
    expect(help).toContain("Press ? for every shortcut.");
  });

  it("leaves the tag keys out for those who may not tag", () => {
    expect(readerHelp(false)).not.toContain("to tag");
  });
});
