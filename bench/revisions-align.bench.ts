// Revisions, alignment: core's alignRevision on a 100,000-character statement (about 500 paragraphs)
// against the same statement revised (edits, insertions, deletions, moves, splits, merges), and against
// a revision where every paragraph changed (no exact anchors: the windowed worst case). Baseline: simply
// normalising both texts' paragraphs. Pure core, no app: `node --import tsx bench/revisions-align.bench.ts`.
import { alignRevision, type ImportedBlock, normaliseText, type PreviousBlock } from "../packages/core/src/index.ts";
import { unParagraphs } from "./support/un-prose.ts";

const RUNS = 30;

/** Every tenth paragraph loses a sentence, every fiftieth is deleted or joined to the next, a few move or are split, and new ones arrive. */
function revise(texts: readonly string[]): string[] {
  const revised: string[] = [];
  texts.forEach((text, k) => {
    const sentences = text.split(". ");
    if (k % 50 === 7) return;
    if (k % 50 === 21) return void revised.push(`${text} ${texts[k + 1] ?? ""}`);
    if (k % 50 === 22) return;
    if (k % 50 === 33) return void revised.push(`${sentences.slice(0, 2).join(". ")}.`, sentences.slice(2).join(". "));
    if (k % 10 === 3) return void revised.push(sentences.slice(1).join(". "));
    if (k % 50 === 40) revised.push(`A new paragraph ${k}: the delegation announces a pledge of ${k} million dollars to the trust fund.`);
    revised.push(text);
  });
  for (let k = 5; k + 100 < revised.length; k += 120) revised.splice(k + 100, 0, ...revised.splice(k, 1));
  return revised;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

const texts = unParagraphs(100_000);
const previous = texts.map((text, i): PreviousBlock => ({ id: `p${i + 1}`, kind: "paragraph", text }));
const counters = { nextParagraph: texts.length + 1, nextHeading: 1 };
const blocks = (list: readonly string[]) => list.map((text): ImportedBlock => ({ kind: "paragraph", text }));
const revised = blocks(revise(texts));
const everyOneEdited = blocks(texts.map((text) => text.replace(/\.$/u, "; as delivered.")).map((t) => t.replace(/^\d+\. /u, "")));

const baseline = median(
  Array.from({ length: RUNS }, () => measure(() => [...texts, ...revised.map((b) => b.text)].forEach((t) => normaliseText(` ${t}`)))),
);
console.log(`${texts.length} paragraphs, ${texts.join("\n").length} characters; ${revised.length} in the revision`);
console.log(`normalising both texts: ${baseline.toFixed(2)} ms (median of ${RUNS})`);
for (const [name, next] of [
  ["revised", revised],
  ["every paragraph edited", everyOneEdited],
] as const) {
  const ms = median(Array.from({ length: RUNS }, () => measure(() => alignRevision(previous, next, counters))));
  const fates = new Map<string, number>();
  for (const change of alignRevision(previous, next, counters).changes) fates.set(change.fate, (fates.get(change.fate) ?? 0) + 1);
  console.log(
    `alignRevision, ${name}: ${ms.toFixed(2)} ms (median of ${RUNS}, ${(ms / baseline).toFixed(1)}× the baseline); ${[...fates].map(([f, n]) => `${f} ${n}`).join(", ")}`,
  );
}
