import type { TaggedAttributes } from "../model/annotation.ts";
import { ANNOTATION_KINDS } from "../model/taxonomy.ts";
import { instrumentHeads } from "./find-instrument-anaphora.ts";
import { findCommitments } from "./find-commitments.ts";
import { instrumentMatcher } from "./find-instruments.ts";
import { findPositions } from "./find-positions.ts";
import { findReferences, type ReferenceRules } from "./find-references.ts";
import { settleFindings } from "./settle-findings.ts";
import type { Finding, StatementContext, Suggestion, SuggestionInput } from "./suggestion.ts";
import { suggestionId } from "./suggestion-id.ts";
import { suggestionsApply } from "./suggestions-apply.ts";
import { symbolTargets } from "./symbol-targets.ts";

/** Past this many characters a paragraph is read no further: every rule is linear, this bounds the whole. */
export const MAX_PARAGRAPH_CHARS = 200_000;
/** No analyst reviews more: a hostile text full of cues stops here. */
export const MAX_SUGGESTIONS = 20_000;

function statementContext(input: SuggestionInput): StatementContext {
  const forum = input.forum ?? "";
  return {
    delegation: input.delegation?.trim() || null,
    onBehalfOf: input.onBehalfOf?.trim() || null,
    councilForum: /security council|\bUNSC\b|\bS\/PV\./iu.test(forum),
  };
}

/** The kind and attributes of a finding, kept together (TypeScript cannot follow them through a spread). */
function tagOf(finding: Finding): TaggedAttributes {
  switch (finding.kind) {
    case "position":
      return { kind: finding.kind, attributes: finding.attributes };
    case "commitment":
      return { kind: finding.kind, attributes: finding.attributes };
    case "cross-reference":
      return { kind: finding.kind, attributes: finding.attributes };
  }
}

/** A finding as the reader shows it: its quote without the white space and commas at its edges. */
function place(paragraphId: string, text: string, finding: Finding, ids: Map<string, number>): Suggestion | null {
  const raw = text.slice(finding.start, finding.end);
  const quote = raw.trim().replace(/[\s,]+$/u, "");
  if (quote.length === 0) return null;
  const start = finding.start + raw.length - raw.trimStart().length;
  const key = `${finding.rule}\u0000${quote}`;
  const occurrence = ids.get(key) ?? 0;
  ids.set(key, occurrence + 1);
  return {
    id: suggestionId(paragraphId, finding.rule, quote, occurrence),
    ...tagOf(finding),
    target: { paragraphId, start, end: start + quote.length },
    quote,
    confidence: finding.confidence,
    rule: finding.rule,
    why: finding.why,
  };
}

/**
 * Suggestions for one statement: cross-references (UN symbols, resolution numbers, registry instruments), commitments
 * and positions, each with the rule that found it and why, sorted by paragraph and offset. Pure and deterministic;
 * none for a statement in another language than English (suggestionsApply).
 */
export function detectSuggestions(input: SuggestionInput): Suggestion[] {
  if (!suggestionsApply(input.language)) return [];
  const kinds = new Set(input.kinds ?? ANNOTATION_KINDS);
  const context = statementContext(input);
  const rules: ReferenceRules = {
    context,
    targetFor: symbolTargets(input.instruments),
    matchInstruments: instrumentMatcher(input.instruments),
    heads: instrumentHeads(input.instruments),
    named: [],
  };
  const suggestions: Suggestion[] = [];
  input.paragraphs.forEach((paragraph, index) => {
    if (suggestions.length >= MAX_SUGGESTIONS) return;
    const text = paragraph.text.length > MAX_PARAGRAPH_CHARS ? paragraph.text.slice(0, MAX_PARAGRAPH_CHARS) : paragraph.text;
    const findings: Finding[] = [];
    if (kinds.has("cross-reference")) findings.push(...findReferences(text, index, rules));
    if (kinds.has("position")) findings.push(...findPositions(text, context, { last: null }));
    if (kinds.has("commitment")) findings.push(...findCommitments(text, context, { last: null }));
    const ids = new Map<string, number>();
    for (const finding of settleFindings(text, findings)) {
      const placed = place(paragraph.id, text, finding, ids);
      if (placed) suggestions.push(placed);
    }
  });
  return suggestions.slice(0, MAX_SUGGESTIONS);
}
