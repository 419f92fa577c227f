// Revisions (issue 13, "Quality and performance"). Phase 1, core: 5,000 annotations on a 100,000-character
// statement re-anchored after a revision with edits, inserted and deleted paragraphs and sentences, splits,
// merges, moves and repaired mojibake: alignRevision + reanchorRevision, medians of several runs, against the
// 300 ms goal and against a baseline measured in the same run (finding every quote verbatim in the new text
// with indexOf, the least any re-anchoring must do). Phase 2, end to end: the same size of statement and number of
// annotations through `POST /api/statements/:slug/revisions` on the built API (support/revision-request-phase.ts),
// against importing the same text as a new statement. `npm run bench -- revisions`.
import {
  alignRevision,
  type AnnotationToPlace,
  type ImportedBlock,
  type PreviousBlock,
  reanchorRevision,
  foldMojibake,
  resolveTarget,
  type TextBlock,
} from "../packages/core/src/index.ts";
import { revisionRequestPhase } from "./support/revision-request-phase.ts";
import { median } from "./support/stats.ts";
import { unParagraphs } from "./support/un-prose.ts";

const STATEMENT_CHARACTERS = 100_000;
const ANNOTATIONS = 5_000;
const GOAL_MS = 300;
const RUNS = 15;

/** A seeded generator (mulberry32), so every run revises and annotates alike. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The statement: the prose paragraphs under a heading every twenty-five paragraphs, with IDs. */
function statement(): PreviousBlock[] {
  const blocks: PreviousBlock[] = [];
  unParagraphs(STATEMENT_CHARACTERS).forEach((text, i) => {
    if (i % 25 === 0) blocks.push({ id: `h${i / 25 + 1}`, kind: "heading", text: `Agenda item ${i / 25 + 1}`, level: 2 });
    blocks.push({ id: `p${i + 1}`, kind: "paragraph", text });
  });
  return blocks;
}

/** A word-aligned span of 1 to 12 words (mostly 3 to 8), sometimes running on into the next paragraph. */
function annotate(blocks: readonly TextBlock[], count: number): AnnotationToPlace[] {
  const pick = random(11);
  const annotations: AnnotationToPlace[] = [];
  while (annotations.length < count) {
    const index = Math.floor(pick() * blocks.length);
    const block = blocks[index]!;
    const words = [...block.text.matchAll(/\S+/gu)];
    const length = Math.min(words.length, 1 + Math.floor(pick() * pick() * 12) + Math.floor(pick() * 4));
    const first = Math.floor(pick() * (words.length - length + 1));
    const start = words[first]!.index;
    const next = blocks[index + 1];
    const crosses = next !== undefined && pick() < 0.01;
    const last = words[first + length - 1]!;
    const target = crosses
      ? {
          paragraphId: block.id,
          start,
          endParagraphId: next.id,
          end: next.text.indexOf(" ") > 0 ? next.text.indexOf(" ") : next.text.length,
        }
      : { paragraphId: block.id, start, end: last.index + last[0].length };
    const resolved = resolveTarget(blocks, target);
    if (resolved.ok) annotations.push({ id: `a${annotations.length + 1}`, ...resolved.value });
  }
  return annotations;
}

/** A word replaced, a few inserted, or a clause deleted; and the mojibake repaired, as a Corr.1 would. */
function edit(text: string, pick: () => number): string {
  const words = text.split(" ");
  const at = 1 + Math.floor(pick() * (words.length - 1));
  const kind = pick();
  if (kind < 0.4) words.splice(at, 1, "notably");
  else if (kind < 0.7) words.splice(at, 0, "in", "this", "regard");
  else words.splice(at, Math.max(2, Math.floor(words.length / 3)));
  return foldMojibake(words.join(" "));
}

/** The revision: most paragraphs untouched; the rest edited, deleted, split, merged, moved or joined by new ones. */
function revise(previous: readonly PreviousBlock[]): ImportedBlock[] {
  const pick = random(23);
  const revised: ImportedBlock[] = [];
  const moved: ImportedBlock[] = [];
  for (let i = 0; i < previous.length; i++) {
    const block = previous[i]!;
    if (block.kind === "heading") {
      revised.push({ kind: "heading", text: block.text, level: 2 });
      continue;
    }
    const roll = pick();
    const paragraph = (text: string): ImportedBlock => ({ kind: "paragraph", text });
    if (roll < 0.72) revised.push(paragraph(block.text));
    else if (roll < 0.86) revised.push(paragraph(edit(block.text, pick)));
    else if (roll < 0.89)
      continue; // deleted
    else if (roll < 0.91) {
      const words = block.text.split(" ");
      const half = Math.floor(words.length / 2);
      revised.push(paragraph(words.slice(0, half).join(" ")), paragraph(words.slice(half).join(" ")));
    } else if (roll < 0.93 && previous[i + 1]?.kind === "paragraph") {
      revised.push(paragraph(`${block.text} ${previous[i + 1]!.text}`));
      i += 1;
    } else if (roll < 0.95) moved.push(paragraph(block.text));
    else {
      revised.push(paragraph(block.text));
      revised.push(paragraph(`The delegation also announces a pledge of ${i} million dollars to the trust fund for victims.`));
    }
    if (moved.length > 0 && pick() < 0.05) revised.push(moved.shift()!);
  }
  return [...revised, ...moved];
}

function timed(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/** Phase 1: re-anchoring in core, with no app around it. */
function coreReanchorPhase(): void {
  const previous = statement();
  const annotations = annotate(previous, ANNOTATIONS);
  const imported = revise(previous);
  const paragraphs = previous.filter((b) => b.kind === "paragraph").length;
  const counters = { nextParagraph: paragraphs + 1, nextHeading: previous.length - paragraphs + 1 };
  const characters = previous.map((b) => b.text).join("\n").length;
  console.log(
    `phase 1, core: ${previous.length} blocks (${characters} characters), ${annotations.length} annotations; revision of ${imported.length} blocks`,
  );

  const alignment = alignRevision(previous, imported, counters);
  const fates = new Map<string, number>();
  for (const change of alignment.changes) fates.set(change.fate, (fates.get(change.fate) ?? 0) + 1);
  console.log(`changes: ${[...fates].map(([fate, n]) => `${fate} ${n}`).join(", ")}`);

  const joined = alignment.blocks.map((b) => b.text).join("\n");
  const baseline = median(Array.from({ length: RUNS }, () => timed(() => annotations.forEach((a) => joined.indexOf(a.quote.exact)))));
  const align = median(Array.from({ length: RUNS }, () => timed(() => alignRevision(previous, imported, counters))));
  let counts = reanchorRevision(annotations, alignment.blocks, alignment.successors).counts;
  const reanchor = median(
    Array.from({ length: RUNS }, () =>
      timed(() => {
        counts = reanchorRevision(annotations, alignment.blocks, alignment.successors).counts;
      }),
    ),
  );
  const verdict = reanchor <= GOAL_MS ? "within" : "OVER";
  console.log(`baseline, indexOf of every quote in the new text: ${baseline.toFixed(1)} ms (median of ${RUNS})`);
  console.log(`alignRevision: ${align.toFixed(1)} ms (median of ${RUNS})`);
  console.log(
    `reanchorRevision, ${annotations.length} annotations: ${reanchor.toFixed(1)} ms (median of ${RUNS}; goal ≤ ${GOAL_MS} ms: ${verdict}; ${(reanchor / baseline).toFixed(1)}× the baseline)`,
  );
  console.log(`alignRevision + reanchorRevision: ${(align + reanchor).toFixed(1)} ms`);
  console.log(
    `placements: exact ${counts.exact}, shifted ${counts.shifted}, fuzzy ${counts.fuzzy}, orphaned ${counts.orphaned} (total ${counts.total})`,
  );
}

async function main(): Promise<void> {
  coreReanchorPhase();
  await revisionRequestPhase();
}

await main();
