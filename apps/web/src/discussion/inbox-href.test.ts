import type { InboxItem } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { inboxItemHref, inboxLinkName } from "./inbox-href.ts";

const fields = {
  id: "i1",
  createdAt: "2024-05-01T10:00:00.000Z",
  readAt: null,
  actor: { id: "u1", name: "Ana" },
  statement: { slug: "2024-05-01-unsc-arcadia", title: "T" },
  annotation: { id: "a1", kind: "position" as const, quote: "q", paragraphId: "p7", paragraphNumber: 7 },
};

describe("inbox links", () => {
  it("open the reader at the annotation's paragraph with its discussion, and the comment marked", () => {
    const item: InboxItem = { ...fields, reason: "mention", comment: { id: "c1", excerpt: "e" } };
    expect(inboxItemHref(item)).toBe("/s/2024-05-01-unsc-arcadia?discussion=a1&comment=c1#p7");
  });

  it("open a verdict's annotation with its discussion", () => {
    const item: InboxItem = { ...fields, reason: "verdict", review: { id: "r1", status: "rejected", comment: "No." } };
    expect(inboxItemHref(item)).toBe("/s/2024-05-01-unsc-arcadia?discussion=a1#p7");
  });

  it("name the unread count", () => {
    expect(inboxLinkName(3)).toBe("Inbox, 3 unread");
    expect(inboxLinkName(0)).toBe("Inbox");
    expect(inboxLinkName(undefined)).toBe("Inbox");
  });
});
