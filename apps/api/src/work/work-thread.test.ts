import { describe, expect, it } from "vitest";
import { AppError } from "../http/app-error.ts";
import { refusalOf } from "./work-thread.ts";

const recurse = (n: number): number => (n === 0 ? 0 : 1 + recurse(n - 1));

describe("refusalOf", () => {
  it("passes an AppError on as data", () => {
    expect(refusalOf(new AppError("invalid_content", "no paragraphs", { dropped: [] }))).toEqual({
      ok: false,
      code: "invalid_content",
      message: "no paragraphs",
      details: { dropped: [] },
    });
  });

  it("turns a stack overflow into 422 too_complex", () => {
    let overflow: unknown;
    try {
      recurse(1e7);
    } catch (e) {
      overflow = e;
    }
    expect(refusalOf(overflow)).toMatchObject({ ok: false, code: "too_complex", details: { limit: "nesting" } });
  });

  it("leaves a bug a bug", () => {
    expect(refusalOf(new TypeError("x is undefined"))).toBeNull();
    expect(refusalOf(new RangeError("Invalid array length"))).toBeNull();
  });
});
