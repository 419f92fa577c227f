import { describe, expect, it } from "vitest";
import { FULL_CHECK_LIMIT, validationSample } from "./validation-sample.ts";

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("validationSample", () => {
  it("checks a short list whole", () => {
    expect(validationSample(list(FULL_CHECK_LIMIT))).toEqual(list(FULL_CHECK_LIMIT));
  });

  it("checks both ends of a long list and a spread of its middle, about FULL_CHECK_LIMIT items", () => {
    const sample = validationSample(list(5000));
    expect(sample.slice(0, 50)).toEqual(list(50));
    expect(sample.slice(-50)).toEqual(list(5000).slice(-50));
    expect(sample.length).toBeLessThanOrEqual(FULL_CHECK_LIMIT);
    expect(sample.length).toBeGreaterThan(FULL_CHECK_LIMIT - 10);
    expect(new Set(sample).size).toBe(sample.length);
    const middle = sample.slice(50, -50);
    expect(Math.max(...middle) - Math.min(...middle)).toBeGreaterThan(4500);
  });
});
