import { findExplicitSymbols } from "./find-explicit-symbols.ts";
import { findInstrumentAnaphora, type NamedInstrument } from "./find-instrument-anaphora.ts";
import type { InstrumentMatcher } from "./find-instruments.ts";
import { findResolutionNumbers } from "./find-resolution-numbers.ts";
import { findSpokenSymbols } from "./find-spoken-symbols.ts";
import type { Finding, StatementContext } from "./suggestion.ts";

/** What the reference rules need besides the text, built once per statement. */
export interface ReferenceRules {
  context: StatementContext;
  targetFor: (symbol: string) => string;
  matchInstruments: InstrumentMatcher;
  heads: ReadonlyMap<string, string>;
  /** Instruments named so far in the statement, in order; this call adds the paragraph's own. */
  named: NamedInstrument[];
}

/**
 * Cross-references in one paragraph: symbols, resolution numbers, spoken symbols and registry names, then
 * "the Convention" after one of them. Where two rules find the same words, the surer one stays.
 */
export function findReferences(text: string, paragraph: number, rules: ReferenceRules): Finding[] {
  const direct = [
    ...findExplicitSymbols(text, rules.targetFor),
    ...findResolutionNumbers(text, rules.context, rules.targetFor),
    ...findSpokenSymbols(text, rules.targetFor),
    ...rules.matchInstruments(text),
  ];
  for (const finding of [...direct].sort((a, b) => a.start - b.start)) {
    const target = finding.kind === "cross-reference" ? finding.attributes.target : undefined;
    const head = target === undefined ? undefined : rules.heads.get(target);
    if (target !== undefined && head !== undefined) rules.named.push({ key: target, head, paragraph, end: finding.end });
  }
  // Keep the list short: only what a later anaphor can still reach.
  while (rules.named.length > 64) rules.named.shift();
  return [...direct, ...findInstrumentAnaphora(text, paragraph, rules.named)];
}
