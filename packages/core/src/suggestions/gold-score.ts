import { canonicalUnSymbol, symbolIdentity } from "./canonical-symbol.ts";
import type { GoldLabel, GoldStatement } from "./gold-labels.ts";
import type { InstrumentEntry, Suggestion } from "./suggestion.ts";

export interface Tally {
  found: number;
  correct: number;
  /** Gold labels (per kind only: a missed label has no rule). */
  labelled?: number;
  /** Commitments: how many matched ones have the labelled strength. */
  sameStrength?: number;
}

export interface GoldScore {
  byKind: Map<string, Tally>;
  byRule: Map<string, Tally>;
  misses: string[];
  falsePositives: string[];
}

/** Whether two cross-reference targets are one: equal symbols (a Council year aside), or a key and its own symbol. */
export function sameTarget(a: string, b: string, instruments: readonly InstrumentEntry[]): boolean {
  const norm = (t: string) => symbolIdentity(canonicalUnSymbol(t) ?? t);
  if (norm(a) === norm(b)) return true;
  const owners = (symbol: string) => instruments.filter((i) => i.symbol !== null && norm(i.symbol) === norm(symbol));
  const keyOf = (t: string) => {
    const list = owners(t);
    return list.length === 1 ? list[0]!.key : t;
  };
  return keyOf(a) === keyOf(b);
}

function valueOf(suggestion: Suggestion): string {
  if (suggestion.kind === "cross-reference") return suggestion.attributes.target;
  if (suggestion.kind === "position") return suggestion.attributes.stance;
  return suggestion.attributes.strength;
}

function agrees(label: GoldLabel, suggestion: Suggestion, instruments: readonly InstrumentEntry[]): boolean {
  if (label.kind !== suggestion.kind) return false;
  if (suggestion.kind === "cross-reference") return sameTarget(label.value, valueOf(suggestion), instruments);
  if (suggestion.kind === "position") return label.value === valueOf(suggestion);
  return true;
}

const tally = (map: Map<string, Tally>, key: string): Tally => {
  const existing = map.get(key);
  if (existing) return existing;
  const fresh: Tally = { found: 0, correct: 0 };
  map.set(key, fresh);
  return fresh;
};

/**
 * Scores suggestions against the gold labels, one to one: a suggestion is right when an unmatched label of its
 * kind overlaps it in the same paragraph and agrees on the target or stance.
 */
export function scoreGold(
  statements: readonly { gold: GoldStatement; suggestions: readonly Suggestion[] }[],
  instruments: readonly InstrumentEntry[],
): GoldScore {
  const score: GoldScore = { byKind: new Map(), byRule: new Map(), misses: [], falsePositives: [] };
  for (const { gold, suggestions } of statements) {
    const used = new Set<GoldLabel>();
    for (const label of gold.labels) {
      const kind = tally(score.byKind, label.kind);
      kind.labelled = (kind.labelled ?? 0) + 1;
    }
    for (const suggestion of suggestions) {
      const paragraph = Number(suggestion.target.paragraphId.slice(1)) - 1;
      const label = gold.labels.find(
        (l) =>
          !used.has(l) &&
          l.paragraph === paragraph &&
          l.start < suggestion.target.end &&
          suggestion.target.start < l.end &&
          agrees(l, suggestion, instruments),
      );
      const byKind = tally(score.byKind, suggestion.kind);
      const byRule = tally(score.byRule, suggestion.rule);
      byKind.found++;
      byRule.found++;
      if (!label) {
        score.falsePositives.push(`${gold.name} ${suggestion.rule} ${valueOf(suggestion)} "${suggestion.quote}"`);
        continue;
      }
      used.add(label);
      byKind.correct++;
      byRule.correct++;
      if (label.kind === "commitment" && label.value === valueOf(suggestion)) byKind.sameStrength = (byKind.sameStrength ?? 0) + 1;
    }
    for (const label of gold.labels) {
      if (!used.has(label)) {
        const text = gold.paragraphs[label.paragraph]!.text.slice(label.start, label.end);
        score.misses.push(`${gold.name} ${label.kind} ${label.value} "${text}"`);
      }
    }
  }
  return score;
}

const percent = (n: number, d: number) => (d === 0 ? "  -  " : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

/** The score as a table: precision per kind and per rule, recall per kind. */
export function formatGoldScore(score: GoldScore): string {
  const lines = ["kind / rule                 found correct labelled precision recall"];
  const row = (name: string, t: Tally) =>
    `${name.padEnd(27)} ${String(t.found).padStart(5)} ${String(t.correct).padStart(7)} ${String(t.labelled ?? "").padStart(8)}    ${percent(t.correct, t.found)} ${t.labelled === undefined ? "" : percent(t.correct, t.labelled)}`;
  for (const [kind, t] of [...score.byKind].sort()) lines.push(row(kind, t));
  lines.push("");
  for (const [rule, t] of [...score.byRule].sort()) lines.push(row(rule, t));
  const commitments = score.byKind.get("commitment");
  if (commitments)
    lines.push("", `commitment strength agrees with the label on ${commitments.sameStrength ?? 0} of ${commitments.correct} found`);
  return lines.join("\n");
}
