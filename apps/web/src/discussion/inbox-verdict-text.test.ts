import { describe, expect, it } from "vitest";
import { verdictPhrase } from "./inbox-verdict-text.ts";

const annotation = { id: "a1", kind: "position" as const, quote: "q", paragraphId: "p4", paragraphNumber: 4 };
const review = { id: "r1", status: "accepted" as const, comment: null };

describe("a verdict's phrase", () => {
  it("says the verdict, the kind and the ¶", () => {
    expect(verdictPhrase({ review, annotation })).toBe("accepted your position on ¶4 of");
    expect(verdictPhrase({ review: { ...review, status: "disputed" }, annotation: { ...annotation, kind: "cross-reference" } })).toBe(
      "disputed your cross-reference on ¶4 of",
    );
  });

  it("leaves out the ¶ when the current text has none there", () => {
    expect(verdictPhrase({ review, annotation: { ...annotation, paragraphNumber: null } })).toBe("accepted your position in");
  });
});
