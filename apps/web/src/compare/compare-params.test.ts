import { describe, expect, it } from "vitest";
import { readCompareParams, writeCompareParams } from "./compare-params.ts";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";

describe("compare params", () => {
  it("reads authors and kinds from the URL, dropping what is malformed or repeated", () => {
    expect(readCompareParams(new URLSearchParams(`authors=${A},nope,${B},${A}&kind=commitment,opinion`))).toEqual({
      authors: [A, B],
      kinds: ["commitment"],
    });
    expect(readCompareParams(new URLSearchParams(""))).toEqual({ authors: [], kinds: [] });
  });

  it("writes them back, leaving out empty lists and a filter that ticks every kind", () => {
    const params = writeCompareParams(new URLSearchParams("x=1"), { authors: [A, B], kinds: ["position"] });
    expect(params.toString()).toBe(`x=1&authors=${encodeURIComponent(`${A},${B}`)}&kind=position`);
    expect(writeCompareParams(params, { authors: [] }).get("authors")).toBeNull();
    expect(writeCompareParams(params, { kinds: ["position", "commitment", "cross-reference"] }).get("kind")).toBeNull();
    expect(writeCompareParams(params, { kinds: [] }).get("kind")).toBeNull();
  });
});
