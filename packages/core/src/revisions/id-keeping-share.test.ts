import { expect, it } from "vitest";
import { alignRevision } from "./align-revision.ts";
import { countersAfter, importedBlocks, previousBlocks, type RevisionFixture, revisionFixtures } from "./fixtures/index.ts";
import { lightlyEdited } from "./fixtures/light-edits.ts";

/** The quality goal of issue 13: unchanged or lightly edited paragraphs keep their ID. */
const GOAL = 0.98;
const KEPT_FATES = new Set(["unchanged", "edited", "moved"]);

/** How many of a fixture's unchanged, edited or moved blocks come out with their own ID. */
function keptIds(fixture: RevisionFixture): { kept: number; total: number } {
  const ids = alignRevision(previousBlocks(fixture), importedBlocks(fixture), countersAfter(fixture)).blocks.map((b) => b.id);
  const expected = fixture.new.map(([id]) => id).filter((id) => KEPT_FATES.has(fixture.fates[id] ?? ""));
  return { kept: expected.filter((id) => ids[fixture.new.findIndex(([e]) => e === id)] === id).length, total: expected.length };
}

it(`keeps the IDs of at least ${GOAL * 100}% of unchanged or lightly edited paragraphs`, () => {
  const perturbed = revisionFixtures.flatMap((fixture) => [1, 2, 3, 4, 5].map((seed) => lightlyEdited(fixture, seed)));
  const all = [...revisionFixtures, ...perturbed].map(keptIds);
  const kept = all.reduce((n, r) => n + r.kept, 0);
  const total = all.reduce((n, r) => n + r.total, 0);
  console.log(`IDs kept: ${kept}/${total} (${((100 * kept) / total).toFixed(1)}%) over ${all.length} revisions`);
  expect(kept / total).toBeGreaterThanOrEqual(GOAL);
});
