import { describe, expect, it } from "vitest";
import { anchorStatesSentence, countAnchorStates, missingBlockSentence, revisedLead, revisionLabel } from "./revision-text.ts";

describe("revision wording", () => {
  it("says where the tags are now, from their anchors", () => {
    const states = countAnchorStates([
      { anchor: { state: "anchored" } },
      { anchor: { state: "orphaned" } },
      { anchor: { state: "anchored" } },
    ]);
    expect(states).toEqual({ anchored: 2, fuzzy: 0, orphaned: 1 });
    expect(anchorStatesSentence(states)).toBe("3 tags: 2 on their words, 1 orphaned.");
    expect(anchorStatesSentence({ anchored: 0, fuzzy: 0, orphaned: 0 })).toBe("No tags yet.");
  });

  it("names revisions and who made them", () => {
    expect(revisionLabel(2, 2)).toBe("Revision 2 of 2 (current)");
    expect(revisionLabel(1, 3)).toBe("Revision 1 of 3");
    const revision = { number: 2, note: "Corr.1", createdAt: "2026-12-05T10:00:00.000Z", author: { name: "Ann" } };
    expect(revisedLead(revision)).toBe("Revised: revision 2 (Corr.1), by Ann on 5 Dec 2026");
    expect(revisedLead({ ...revision, note: null })).toBe("Revised: revision 2, by Ann on 5 Dec 2026");
  });

  it("says what became of a deep link's paragraph", () => {
    expect(missingBlockSentence("p7", 3, 1)).toBe("¶ p7 was deleted in revision 2.");
    expect(missingBlockSentence("p7", 3, 2, "p6")).toBe("¶ p7 was merged into p6 in revision 3.");
    expect(missingBlockSentence("p9", 1, 2)).toBe("¶ p9 is not in revision 1; it was added later.");
    expect(missingBlockSentence("p99", 2, null)).toBe("¶ p99 is not in any revision of this statement.");
  });
});
