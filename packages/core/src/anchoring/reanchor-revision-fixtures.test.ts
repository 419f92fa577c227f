import { describe, expect, it } from "vitest";
import { alignRevision } from "../revisions/align-revision.ts";
import { lightlyEdited } from "../revisions/fixtures/light-edits.ts";
import {
  countersAfter,
  importedBlocks,
  previousBlocks,
  quotedFixtures,
  type RevisionFixture,
  type TaggedQuote,
} from "../revisions/fixtures/index.ts";
import { type AnnotationToPlace, type Placement, reanchorRevision } from "./reanchor-revision.ts";
import { resolveTarget } from "./resolve-target.ts";
import { revisionText, searchable } from "./revision-text.ts";
import type { TextBlock } from "./text-block.ts";

/** Issue 13's quality goals: surviving quotes on the right words, and no deleted quote misplaced. */
const SURVIVING_GOAL = 0.99;

/** The annotation a person made on the fixture's old text by selecting the tagged quote. */
function annotationOf(fixture: RevisionFixture, tagged: TaggedQuote, k: number): AnnotationToPlace {
  const old = revisionText(fixture.old.map(([id, text]) => ({ id, text })));
  const needle = searchable(tagged.quote);
  let at = old.text.indexOf(needle, old.starts[old.indexOf(tagged.paragraph)]);
  for (let n = tagged.occurrence ?? 0; n > 0; n--) at = old.text.indexOf(needle, at + 1);
  const span = old.locate(at, at + needle.length);
  if (!span || span.target.paragraphId !== tagged.paragraph || span.quote.exact !== tagged.quote) {
    throw new Error(`fixture quote ${JSON.stringify(tagged.quote)} is not in ${tagged.paragraph}`);
  }
  return { id: `q${k}`, ...span };
}

/** True when the placement is the one the tagged quote expects: the same words at the expected occurrence, or an orphan. */
function placedRight(fixture: RevisionFixture, tagged: TaggedQuote, placement: Placement): boolean {
  const { expected } = tagged;
  if (expected === "orphaned") return placement.state === "orphaned";
  if (placement.state === "orphaned") return false;
  const text = fixture.new.find(([id]) => id === expected.paragraph)?.[1] ?? "";
  const firstLine = expected.exact.split("\n")[0]!;
  let start = text.indexOf(firstLine);
  for (let n = expected.occurrence ?? 0; n > 0; n--) start = text.indexOf(firstLine, start + 1);
  const { target, quote } = placement;
  return target.paragraphId === expected.paragraph && target.start === start && quote.exact === expected.exact;
}

const outcomes = quotedFixtures.map(({ fixture, quotes }) => {
  const alignment = alignRevision(previousBlocks(fixture), importedBlocks(fixture), countersAfter(fixture));
  const annotations = quotes.map((tagged, k) => annotationOf(fixture, tagged, k));
  const { placements, counts } = reanchorRevision(annotations, alignment.blocks, alignment.successors);
  return { fixture, quotes, placements, counts };
});

describe.each(outcomes)("reanchorRevision on $fixture.name", ({ fixture, quotes, placements, counts }) => {
  it("has at least 20 tagged quotes", () => expect(quotes.length).toBeGreaterThanOrEqual(20));

  it.each(quotes.map((tagged, k) => [`${tagged.paragraph} "${tagged.quote}" (${tagged.change})`, tagged, k] as const))(
    "places %s as expected",
    (_name, tagged, k) => {
      const placement = placements[k]!;
      expect(placement.id).toBe(`q${k}`);
      if (tagged.expected === "orphaned") expect(placement).toEqual({ id: `q${k}`, state: "orphaned" });
      else {
        expect(placement).toMatchObject({ target: { paragraphId: tagged.expected.paragraph }, quote: { exact: tagged.expected.exact } });
        if (tagged.expected.state) expect(placement.state).toBe(tagged.expected.state);
      }
      expect(placedRight(fixture, tagged, placement)).toBe(true);
    },
  );

  it("counts every placement once", () => {
    expect(counts.total).toBe(quotes.length);
    expect(counts.exact + counts.shifted + counts.fuzzy + counts.orphaned).toBe(counts.total);
    expect(counts.orphaned).toBe(placements.filter((p) => p.state === "orphaned").length);
  });
});

it(`re-anchors at least ${SURVIVING_GOAL * 100}% of surviving quotes right and orphans every deleted one`, () => {
  const judged = outcomes.flatMap(({ fixture, quotes, placements }) =>
    quotes.map((tagged, k) => ({ deleted: tagged.expected === "orphaned", right: placedRight(fixture, tagged, placements[k]!) })),
  );
  const surviving = judged.filter((j) => !j.deleted);
  const deleted = judged.filter((j) => j.deleted);
  const right = surviving.filter((j) => j.right).length;
  const orphaned = deleted.filter((j) => j.right).length;
  console.log(`surviving quotes re-anchored right: ${right}/${surviving.length} (${((100 * right) / surviving.length).toFixed(1)}%)`);
  console.log(`deleted quotes orphaned: ${orphaned}/${deleted.length}`);
  expect(right / surviving.length).toBeGreaterThanOrEqual(SURVIVING_GOAL);
  expect(orphaned).toBe(deleted.length);
});

/** Every span of `lengths` words in a block, as annotations on `blocks`. */
function wordSpans(blocks: readonly TextBlock[], block: TextBlock, lengths: readonly number[]): AnnotationToPlace[] {
  const words = [...block.text.matchAll(/\S+/gu)];
  return words.flatMap((word, i) =>
    lengths.flatMap((n) => {
      const last = words[i + n - 1];
      if (!last) return [];
      const resolved = resolveTarget(blocks, { paragraphId: block.id, start: word.index, end: last.index + last[0].length });
      return resolved.ok ? [{ id: `${block.id}:${word.index}:${n}`, ...resolved.value }] : [];
    }),
  );
}

it("orphans every span of words of a deleted paragraph or heading, however often its phrases recur elsewhere", () => {
  let total = 0;
  const placed: string[] = [];
  for (const { fixture } of quotedFixtures) {
    for (const revision of [fixture.old, fixture.new]) {
      const blocks = revision.map(([id, text]) => ({ id, text }));
      for (const deleted of blocks) {
        const annotations = wordSpans(blocks, deleted, [1, 2, 3, 5, 8]);
        const rest = blocks.filter((b) => b !== deleted);
        const { placements } = reanchorRevision(annotations, rest, { [deleted.id]: [] });
        total += placements.length;
        placements.forEach(
          (p, k) => p.state !== "orphaned" && placed.push(`"${annotations[k]!.quote.exact}" → ${p.target.paragraphId} "${p.quote.exact}"`),
        );
      }
    }
  }
  console.log(`spans of deleted paragraphs orphaned: ${total - placed.length}/${total}`);
  expect(placed).toEqual([]);
});

it("keeps every span of a lightly edited revision in its own paragraph, and exact where the paragraph is unchanged", () => {
  const states = { exact: 0, shifted: 0, fuzzy: 0, orphaned: 0 };
  const strays: string[] = [];
  for (const { fixture } of quotedFixtures) {
    for (const seed of [1, 2, 3, 4, 5]) {
      const revised = lightlyEdited(fixture, seed);
      const blocks = revised.old.map(([id, text]) => ({ id, text }));
      const alignment = alignRevision(previousBlocks(revised), importedBlocks(revised), countersAfter(revised));
      const annotations = blocks.flatMap((block) => wordSpans(blocks, block, [1, 3, 6]));
      const { placements } = reanchorRevision(annotations, alignment.blocks, alignment.successors);
      placements.forEach((p, k) => {
        states[p.state] += 1;
        const home = annotations[k]!.target.paragraphId;
        const unchanged = revised.fates[home] === "unchanged";
        if (p.state === "orphaned" ? unchanged : p.target.paragraphId !== home || (unchanged && p.state !== "exact")) {
          strays.push(`${revised.name}: ${home} "${annotations[k]!.quote.exact}" → ${p.state}`);
        }
      });
    }
  }
  console.log(
    `spans of lightly edited revisions: ${Object.entries(states)
      .map(([state, n]) => `${state} ${n}`)
      .join(", ")}`,
  );
  expect(strays).toEqual([]);
});
