import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../apps/api/src/db/database.ts";
import { revisionFixtures } from "../../packages/core/src/revisions/fixtures/index.ts";
import { DEFAULT_DELEGATION_REGISTRY } from "../../packages/core/src/registry/index.ts";
import type { Random } from "./export-vocabulary.ts";
import { syntheticStatement } from "./synthetic-statement.ts";

/**
 * Paragraphs for the corpus benchmark, from real statement text: the revision fixtures' UN documents, the plain-text
 * statements of fixtures/import and the synthetic statement's phrases. Each paragraph may quote one of their sentences
 * whole (so phrases such as "international cooperation" occur as they do in statements) and is filled with their
 * words drawn by Zipf's law over how often the sources use them, the registry's delegation names making the rare end.
 * Real text has words in every band of frequency, and so does this: the benchmark needs words found in 0.1%, 1% and
 * 10% of paragraphs, which a uniform draw from a few thousand words would not give.
 */
export interface CorpusText {
  /** A paragraph of about `words` words. */
  paragraph(random: Random, words: number): string;
  /** Every word the paragraphs draw from, most used first. */
  vocabulary: readonly string[];
}

/** How steeply use falls with rank (1 is Zipf's classic law): steep enough that the rarest words are in under 0.1% of paragraphs. */
const ZIPF_EXPONENT = 1.25;
/** Share of paragraphs that quote a source sentence whole. */
const QUOTING = 0.5;

function sourceTexts(): string[] {
  const fixtures = revisionFixtures.flatMap((f) => [...f.old, ...f.new].map(([, text]) => text));
  const dir = path.join(repoRoot, "fixtures", "import");
  const plain = readdirSync(dir)
    .filter((name) => /\.(txt|md|html)$/.test(name))
    .map((name) => readFileSync(path.join(dir, name), "utf8").replace(/<(script|style)[^]*?<\/\1>|<[^>]*>|&\w+;/g, " "));
  return [...fixtures, ...plain, syntheticStatement(3_000, 11)];
}

export function corpusText(): CorpusText {
  const texts = sourceTexts();
  const sentences = [...new Set(texts.flatMap((t) => t.replace(/\s+/g, " ").match(/[A-Z][^.!?]{30,240}[.!?]/g) ?? []))];
  // Each word's uses (folded to lower case) and the form it is most often written in.
  const uses = new Map<string, { count: number; forms: Map<string, number> }>();
  const count = (word: string, by: number) => {
    const key = word.toLowerCase();
    const u = uses.get(key) ?? { count: 0, forms: new Map<string, number>() };
    u.count += by;
    u.forms.set(word, (u.forms.get(word) ?? 0) + by);
    uses.set(key, u);
  };
  for (const t of texts) for (const w of t.match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? []) count(w, 1);
  const names = DEFAULT_DELEGATION_REGISTRY.flatMap((e) => [e.name, ...e.aliases]);
  for (const w of names.flatMap((n) => n.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])) if (!uses.has(w.toLowerCase())) count(w, 0.5);
  const ranked = [...uses.values()].sort((a, b) => b.count - a.count).map((u) => [...u.forms].sort((a, b) => b[1] - a[1])[0]![0]);
  const cumulative: number[] = [];
  let total = 0;
  ranked.forEach((_, r) => cumulative.push((total += 1 / (r + 1) ** ZIPF_EXPONENT)));
  const word = (random: Random) => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo]!;
  };
  const sentence = (random: Random, length: number) => {
    const ws = Array.from({ length }, () => word(random));
    return `${ws[0]!.charAt(0).toUpperCase()}${ws.join(" ").slice(1)}.`;
  };
  return {
    vocabulary: ranked,
    paragraph(random, words) {
      const parts: string[] = [];
      let left = words;
      if (random.chance(QUOTING)) {
        const quoted = random.pick(sentences);
        parts.push(quoted);
        left -= quoted.split(" ").length;
      }
      while (left > 0) {
        const length = Math.min(left, 8 + Math.floor(random.next() * 16));
        parts.splice(Math.floor(random.next() * (parts.length + 1)), 0, sentence(random, length));
        left -= length;
      }
      return parts.join(" ");
    },
  };
}
