import { describe, expect, it } from "vitest";
import { PALETTE, valueColours } from "./mix-colours.ts";

describe("the mixes' colours", () => {
  it("give a stance the same colour whatever its place", () => {
    const a = valueColours("stance", ["supports", "opposes"]);
    const b = valueColours("stance", ["opposes", "supports"]);
    expect(a("supports")).toBe(b("supports"));
    expect(a("opposes")).toBe(b("opposes"));
    expect(a("supports")).not.toBe(a("opposes"));
  });

  it("give other values the palette in order, the last colour past it, and grey to none", () => {
    const keys = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const colour = valueColours("topic", [...keys, null]);
    expect(keys.map(colour).slice(0, 3)).toEqual(PALETTE.slice(0, 3));
    expect(colour("t11")).toBe(PALETTE[9]);
    expect(colour(null)).toBe(PALETTE[9]);
  });
});
