import { ANNOTATION_KINDS } from "@verbatim/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindClass, kindColour } from "./annotation-scheme.ts";

const css = readFileSync(new URL("../styles/annotation-scheme.css", import.meta.url), "utf8");

describe("annotation scheme", () => {
  it("names a custom property and a class that annotation-scheme.css defines for every kind", () => {
    for (const kind of ANNOTATION_KINDS) {
      expect(kindColour(kind)).toBe(`var(--${kind})`);
      expect(css).toMatch(new RegExp(`--${kind}: #[0-9a-f]{6};`));
      expect(css).toContain(`.${kindClass(kind)} {`);
    }
  });
});
