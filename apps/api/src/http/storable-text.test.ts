import { describe, expect, it } from "vitest";
import { AppError } from "./app-error.ts";
import { jsonDepth } from "./json-body-guard.ts";
import { assertStorableText } from "./storable-text.ts";

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { k: value };
  return value;
}

const issuePath = (value: unknown): string | null => {
  try {
    assertStorableText(value);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return ((e as AppError).details as { issues: { path: string }[] }).issues[0]!.path;
  }
};

describe("assertStorableText", () => {
  it("names the path to a NUL or a lone surrogate, in a key or a value", () => {
    expect(issuePath({ a: [1, "ok", { b: "x\u0000" }] })).toBe("a.2.b");
    expect(issuePath({ a: { "bad\ud800": 1 } })).toBe("a.bad\ud800");
    expect(issuePath({ a: ["fine \u{1F30D}"] })).toBeNull();
  });

  it("walks a body of any depth without recursion", () => {
    expect(issuePath(nested(200_000, "fine"))).toBeNull();
    expect(issuePath(nested(200_000, "x\u0000"))?.split(".")).toHaveLength(200_000);
  });
});

describe("jsonDepth", () => {
  it("counts nesting outside strings only", () => {
    const bytes = (s: string) => Buffer.from(s);
    expect(jsonDepth(bytes('{"a":[1,{"b":"[[[{{{"}],"c":"\\"[["}'))).toBe(3);
    expect(jsonDepth(bytes('"just a string"'))).toBe(0);
    expect(jsonDepth(bytes("[".repeat(50_000) + "]".repeat(50_000)))).toBe(50_000);
  });
});
