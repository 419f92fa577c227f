import { describe, expect, it } from "vitest";
import { MAX_SEARCH_QUERY } from "@verbatim/contract";
import { ApiError } from "../api/api-error.ts";
import { annotationExtras, annotationGist } from "./annotation-gist.ts";
import { queryProblem } from "./search-errors.ts";

describe("annotationGist", () => {
  it("names the kind with its stance, strength or relation and target", () => {
    expect(annotationGist({ kind: "position", attributes: { stance: "urges", topics: ["x"] } })).toBe("Position · Urges");
    expect(annotationGist({ kind: "commitment", attributes: { strength: "pledge" } })).toBe("Commitment · Pledge");
    expect(annotationGist({ kind: "cross-reference", attributes: { relation: "cites", target: "A/RES/74/247" } })).toBe(
      "Cross-reference · Cites A/RES/74/247",
    );
  });

  it("shows the kind alone when attributes are missing or not text", () => {
    expect(annotationGist({ kind: "position", attributes: {} })).toBe("Position");
    expect(annotationGist({ kind: "cross-reference", attributes: { relation: 3, target: null } })).toBe("Cross-reference");
  });

  it("lists an actor and an action when given", () => {
    expect(annotationExtras({ attributes: { actor: "EU", action: "fund training", strength: "pledge" } })).toEqual([
      "Actor: EU",
      "Action: fund training",
    ]);
    expect(annotationExtras({ attributes: { actor: 5 } })).toEqual([]);
  });
});

describe("queryProblem", () => {
  it("explains the API's refusals of the query itself, and leaves other failures to the page", () => {
    expect(queryProblem(new ApiError(400, "query_empty", "empty"), "")).toMatch(/Type words/);
    const long = "x".repeat(MAX_SEARCH_QUERY + 20);
    expect(queryProblem(new ApiError(400, "query_too_long", "long"), long)).toBe(
      "A search takes up to 500 characters; this one has 520. Shorten it.",
    );
    expect(queryProblem(new ApiError(500, "internal", "boom"), "x")).toBeNull();
    expect(queryProblem(new Error("x"), "x")).toBeNull();
  });
});
