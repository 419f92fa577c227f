import { describe, expect, it } from "vitest";
import { REVIEW_STATUSES } from "../model/taxonomy.ts";
import { availableDecisions, REVIEW_DECISIONS, transitionReview } from "./review-transitions.ts";

describe("review transitions", () => {
  it("takes a proposed annotation to any decision", () => {
    for (const decision of REVIEW_DECISIONS) {
      expect(transitionReview("proposed", { type: "review", decision })).toEqual({
        ok: true,
        value: { from: "proposed", to: decision, changed: true, revisesReview: false },
      });
    }
  });

  it("lets a reviewer change a decision", () => {
    expect(transitionReview("accepted", { type: "review", decision: "rejected" })).toEqual({
      ok: true,
      value: { from: "accepted", to: "rejected", changed: true, revisesReview: true },
    });
    expect(transitionReview("disputed", { type: "review", decision: "accepted" })).toMatchObject({
      ok: true,
      value: { to: "accepted", revisesReview: true },
    });
  });

  it("records a repeated decision as unchanged rather than refusing it", () => {
    expect(transitionReview("accepted", { type: "review", decision: "accepted" })).toEqual({
      ok: true,
      value: { from: "accepted", to: "accepted", changed: false, revisesReview: false },
    });
  });

  it("sends any annotation back to proposed when it is edited", () => {
    for (const from of REVIEW_STATUSES) {
      expect(transitionReview(from, { type: "edit" })).toEqual({
        ok: true,
        value: { from, to: "proposed", changed: from !== "proposed", revisesReview: false },
      });
    }
  });

  it("refuses a review that tries to reopen an annotation", () => {
    expect(transitionReview("accepted", { type: "review", decision: "proposed" })).toEqual({
      ok: false,
      error: { code: "not_a_decision", message: 'a review accepts, rejects or disputes; "proposed" is not a decision' },
    });
  });

  it("offers the decisions that would change the status", () => {
    expect(availableDecisions("proposed")).toEqual(["accepted", "rejected", "disputed"]);
    expect(availableDecisions("rejected")).toEqual(["accepted", "disputed"]);
  });
});
