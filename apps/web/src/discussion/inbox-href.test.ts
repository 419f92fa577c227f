import { describe, expect, it } from "vitest";
import { inboxItemHref, inboxLinkName } from "./inbox-href.ts";

describe("inbox links", () => {
  it("open the reader at the annotation's paragraph with its discussion", () => {
    const item = {
      statement: { slug: "2024-05-01-unsc-arcadia", title: "T" },
      annotation: { id: "a1", kind: "position" as const, quote: "q", paragraphId: "p7" },
      comment: { id: "c1", excerpt: "e" },
    };
    expect(inboxItemHref(item)).toBe("/s/2024-05-01-unsc-arcadia?discussion=a1&comment=c1#p7");
  });

  it("name the unread count", () => {
    expect(inboxLinkName(3)).toBe("Inbox, 3 unread");
    expect(inboxLinkName(0)).toBe("Inbox");
    expect(inboxLinkName(undefined)).toBe("Inbox");
  });
});
