import { describe, expect, it } from "vitest";
import { canChangeAnnotation } from "./can-change-annotation.ts";
import { AUTHOR, makeAnnotation, makeMe, OTHER } from "./test-fixtures.ts";

describe("canChangeAnnotation", () => {
  const mine = makeAnnotation({ author: AUTHOR });
  const theirs = makeAnnotation({ author: OTHER });
  it("lets analysts and reviewers change their own, admins anyone's, viewers nothing", () => {
    expect(canChangeAnnotation(makeMe("analyst"), mine)).toBe(true);
    expect(canChangeAnnotation(makeMe("analyst"), theirs)).toBe(false);
    expect(canChangeAnnotation(makeMe("reviewer"), mine)).toBe(true);
    expect(canChangeAnnotation(makeMe("reviewer"), theirs)).toBe(false);
    expect(canChangeAnnotation(makeMe("admin"), theirs)).toBe(true);
    expect(canChangeAnnotation(makeMe("viewer"), mine)).toBe(false);
    expect(canChangeAnnotation(null, mine)).toBe(false);
  });
});
