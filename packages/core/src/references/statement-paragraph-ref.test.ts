import { describe, expect, it } from "vitest";
import { formatStatementParagraphRef, parseStatementParagraphRef } from "./statement-paragraph-ref.ts";

describe("parseStatementParagraphRef", () => {
  it("splits a full reference into slug and canonical ID", () => {
    expect(parseStatementParagraphRef("2023-12-07-unsc-china#p7")).toEqual({ slug: "2023-12-07-unsc-china", paragraphId: "p7" });
    expect(parseStatementParagraphRef("apg-ccpcj32-2023-2#h2")).toEqual({ slug: "apg-ccpcj32-2023-2", paragraphId: "h2" });
  });

  it.each(["2023-12-07-unsc-china", "#p7", "slug#7", "slug#p0", "slug#p07", "Slug#p7", "slug#p7#p8", "slug--x#p7", "slug#p7 ", "slug#x7"])(
    "rejects %j",
    (s) => expect(parseStatementParagraphRef(s)).toBeNull(),
  );

  it("formats what it parses", () => {
    expect(formatStatementParagraphRef({ slug: "a-b", paragraphId: "p12" })).toBe("a-b#p12");
  });
});
