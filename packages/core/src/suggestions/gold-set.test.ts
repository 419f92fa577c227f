import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatGoldScore, type Tally } from "./gold-score.ts";
import { type GoldFile, measureGoldSet } from "./gold-set.ts";
import type { InstrumentEntry } from "./suggestion.ts";

/** The gold set (fixtures/suggestions/): statements written for it, and import fixtures labelled before any run. */
const GOLD = new URL("../../../../fixtures/suggestions/", import.meta.url);
const HELD_OUT = new URL("held-out/", GOLD);

const read = (dir: URL): GoldFile[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/u, ""), source: readFileSync(new URL(file, dir), "utf8") }));
const instruments = JSON.parse(readFileSync(new URL("instruments.json", GOLD), "utf8")) as InstrumentEntry[];
const written = read(GOLD);
const heldOut = read(HELD_OUT);

const precision = (t: Tally | undefined) => (t && t.found > 0 ? t.correct / t.found : 0);
const recall = (t: Tally | undefined) => (t?.labelled ? t.correct / t.labelled : 0);

describe("the gold set", () => {
  it("holds at least thirty statements' worth of labelled text", () => {
    expect(written.length + heldOut.length).toBeGreaterThanOrEqual(30);
    const { statements } = measureGoldSet([...written, ...heldOut], instruments);
    const kinds = new Set(statements.flatMap((s) => s.labels.map((l) => l.kind)));
    expect(kinds).toEqual(new Set(["cross-reference", "position", "commitment"]));
  });

  it("finds treaty and resolution references with recall ≥ 95% and precision ≥ 90%; positions and commitments with precision ≥ 80%", () => {
    const all = measureGoldSet([...written, ...heldOut], instruments).score;
    for (const [name, files] of [
      ["written for the gold set", written],
      ["held out (import fixtures)", heldOut],
      ["all", [...written, ...heldOut]],
    ] as const) {
      const { score } = measureGoldSet(files, instruments);
      console.log(`\nSuggestions against the gold set, ${name} (${files.length} statements):\n${formatGoldScore(score)}`);
      if (name === "all" && score.misses.length + score.falsePositives.length > 0) {
        console.log(`\nmissed:\n  ${score.misses.join("\n  ")}\nwrong:\n  ${score.falsePositives.join("\n  ")}`);
      }
    }
    const references = all.byKind.get("cross-reference");
    expect(recall(references)).toBeGreaterThanOrEqual(0.95);
    expect(precision(references)).toBeGreaterThanOrEqual(0.9);
    expect(precision(all.byKind.get("position"))).toBeGreaterThanOrEqual(0.8);
    expect(precision(all.byKind.get("commitment"))).toBeGreaterThanOrEqual(0.8);
  });
});
