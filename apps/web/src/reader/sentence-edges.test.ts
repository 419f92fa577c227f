import { describe, expect, it } from "vitest";
import { nextSentenceEdge } from "./sentence-edges.ts";

// "We agree. They do not." in a block whose text starts at position 1, then "Thanks." in one at 25.
const forward = [
  { start: 1, end: 10 },
  { start: 11, end: 23 },
  { start: 25, end: 32 },
];
const backward = [...forward].reverse();

describe("nextSentenceEdge", () => {
  it("moves forward to the end of the sentence, or of the next one from an end", () => {
    expect(nextSentenceEdge(forward, 1, "forward")).toBe(10);
    expect(nextSentenceEdge(forward, 5, "forward")).toBe(10);
    expect(nextSentenceEdge(forward, 10, "forward")).toBe(23);
    expect(nextSentenceEdge(forward, 23, "forward")).toBe(32);
  });

  it("moves backward to the start of the sentence, or of the one before from a start", () => {
    expect(nextSentenceEdge(backward, 32, "backward")).toBe(25);
    expect(nextSentenceEdge(backward, 25, "backward")).toBe(11);
    expect(nextSentenceEdge(backward, 15, "backward")).toBe(11);
    expect(nextSentenceEdge(backward, 11, "backward")).toBe(1);
  });

  it("stops at the ends of the text", () => {
    expect(nextSentenceEdge(forward, 32, "forward")).toBeNull();
    expect(nextSentenceEdge(backward, 1, "backward")).toBeNull();
    expect(nextSentenceEdge([], 5, "forward")).toBeNull();
  });
});
