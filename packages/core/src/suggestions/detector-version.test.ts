import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectSuggestions } from "./detect-suggestions.ts";
import { DETECTOR_VERSION } from "./detector-version.ts";
import { parseGoldStatement } from "./gold-labels.ts";
import type { InstrumentEntry } from "./suggestion.ts";

/**
 * What the detector finds on the gold set, by detector version: a fingerprint of every suggestion (id, words,
 * attributes, confidence, rule, why). A rule that finds anything else changes it, and this test fails until
 * DETECTOR_VERSION is raised and the new fingerprint recorded here, so no cached set outlives the rules that made it.
 */
const FINGERPRINTS: Record<number, string> = {
  1: "fdd72eb6ad8480eeb75bd7818bbb10ce8a10ab384a8be22aadbc0fbf2698de7c",
};

const GOLD = new URL("../../../../fixtures/suggestions/", import.meta.url);
const files = (dir: URL) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => parseGoldStatement(file.replace(/\.txt$/u, ""), readFileSync(new URL(file, dir), "utf8")));

describe("DETECTOR_VERSION", () => {
  it("names what the detector finds on the gold set: a change to what it finds needs a new version", () => {
    const instruments = JSON.parse(readFileSync(new URL("instruments.json", GOLD), "utf8")) as InstrumentEntry[];
    const hash = createHash("sha256");
    for (const gold of [...files(GOLD), ...files(new URL("held-out/", GOLD))]) {
      hash.update(JSON.stringify(detectSuggestions({ ...gold, instruments })));
    }
    const found = hash.digest("hex");
    expect(
      FINGERPRINTS[DETECTOR_VERSION],
      `the detector's findings changed: raise DETECTOR_VERSION and record ${found} for it in FINGERPRINTS`,
    ).toBe(found);
  });
});
