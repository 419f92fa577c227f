import { describe, expect, it } from "vitest";
import {
  ALL_STATUSES,
  DEFAULT_SHOWN_STATUSES,
  hiddenSelection,
  statusCounts,
  visibleAnnotations,
  withStatus,
} from "./status-visibility.ts";
import { testAnnotation } from "./test-annotation.ts";

const target = { paragraphId: "p1", start: 0, end: 3 };
const accepted = testAnnotation({ id: "a", status: "accepted", target });
const proposed = testAnnotation({ id: "p", status: "proposed", target });
const disputed = testAnnotation({ id: "d", status: "disputed", target });
const rejected = testAnnotation({ id: "r", status: "rejected", target });
const all = [accepted, proposed, disputed, rejected];
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe("status visibility", () => {
  it("hides rejected annotations by default and shows the other three", () => {
    expect(ids(visibleAnnotations(all, DEFAULT_SHOWN_STATUSES, null))).toEqual(["a", "p", "d"]);
  });

  it("returns the list itself when every status is shown, so nothing downstream is rebuilt", () => {
    expect(visibleAnnotations(all, ALL_STATUSES, null)).toBe(all);
    expect(withStatus(DEFAULT_SHOWN_STATUSES, "rejected", true)).toEqual(ALL_STATUSES);
  });

  it("turns one status on or off without touching the set it was given", () => {
    const shown = withStatus(DEFAULT_SHOWN_STATUSES, "proposed", false);
    expect([...shown].sort()).toEqual(["accepted", "disputed"]);
    expect(DEFAULT_SHOWN_STATUSES.has("proposed")).toBe(true);
  });

  it("keeps a selected annotation painted though its status is hidden", () => {
    expect(hiddenSelection(all, DEFAULT_SHOWN_STATUSES, "r")).toBe("r");
    expect(hiddenSelection(all, DEFAULT_SHOWN_STATUSES, "a")).toBeNull();
    expect(hiddenSelection(all, ALL_STATUSES, "r")).toBeNull();
    expect(ids(visibleAnnotations(all, DEFAULT_SHOWN_STATUSES, "r"))).toEqual(["a", "p", "d", "r"]);
  });

  it("counts each status, hidden ones too", () => {
    expect(statusCounts([...all, rejected])).toEqual({ accepted: 1, proposed: 1, disputed: 1, rejected: 2 });
  });
});
