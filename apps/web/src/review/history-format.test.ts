import type { AnnotationHistoryItem } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { formatHistoryValue, historyVerb, shownChanges } from "./history-format.ts";

const item = (overrides: Partial<AnnotationHistoryItem>): AnnotationHistoryItem => ({
  id: "00000000-0000-4000-8000-000000000001",
  at: "2024-01-01T10:00:00.000Z",
  actor: { id: "00000000-0000-4000-8000-000000000002", name: "Rex" },
  action: "updated",
  version: 2,
  changes: [],
  review: null,
  ...overrides,
});

describe("history values", () => {
  it("names kinds, statuses and attribute values as the page does", () => {
    expect(formatHistoryValue("kind", "cross-reference")).toBe("Cross-reference");
    expect(formatHistoryValue("status", "accepted")).toBe("Accepted");
    expect(formatHistoryValue("attributes", { stance: "concerned", topics: ["ODA", "debt"] })).toBe("stance: Concerned; topics: ODA, debt");
    expect(formatHistoryValue("attributes", { target: "UNTOC", relation: "responds-to" })).toBe("target: UNTOC; relation: Responds to");
  });

  it("says where a target is and quotes a quote", () => {
    expect(formatHistoryValue("target", { paragraphId: "p2", start: 3, end: 10 })).toBe("p2, characters 3–10");
    expect(formatHistoryValue("target", { paragraphId: "p2", start: 3, end: 4, endParagraphId: "p3" })).toBe("p2–p3, characters 3–4");
    expect(formatHistoryValue("quote", { exact: "welcome", prefix: "", suffix: "" })).toBe("“welcome”");
  });

  it("says none for empty values and joins lists", () => {
    expect(formatHistoryValue("labels", [])).toBe("none");
    expect(formatHistoryValue("labels", ["cyber", "drugs"])).toBe("cyber, drugs");
    expect(formatHistoryValue("note", null)).toBe("none");
    expect(formatHistoryValue("kind", null)).toBe("none");
  });
});

describe("history entries", () => {
  it("names a review by its decision", () => {
    expect(historyVerb(item({ action: "reviewed", review: { status: "disputed", comment: null } }))).toBe("disputed it");
    expect(historyVerb(item({ action: "updated" }))).toBe("edited it");
  });

  it("leaves out the status a creation or a review implies, not the one an edit changes", () => {
    const status = { field: "status" as const, before: "accepted", after: "proposed" };
    const labels = { field: "labels" as const, before: [], after: ["x"] };
    expect(shownChanges(item({ action: "updated", changes: [labels, status] }))).toEqual([labels, status]);
    expect(shownChanges(item({ action: "reviewed", changes: [status] }))).toEqual([]);
    expect(shownChanges(item({ action: "created", changes: [labels, status] }))).toEqual([labels]);
  });
});
