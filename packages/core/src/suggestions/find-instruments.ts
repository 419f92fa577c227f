import { buildNameTrie, matchNames } from "./instrument-trie.ts";
import { instrumentNameForms } from "./instrument-names.ts";
import { nameTokens } from "./name-tokens.ts";
import { guessRelation } from "./reference-relation.ts";
import type { Finding, InstrumentEntry } from "./suggestion.ts";

export type InstrumentMatcher = (text: string) => Finding[];

const CONFIDENCE = { name: 0.9, "short name": 0.85, abbreviation: 0.85, key: 0.75 } as const;

/**
 * A matcher for the registry's instruments by full name, short name, abbreviation or key, tolerant of case,
 * accents, hyphens, "UN"/"United Nations" and a leading or inner "the". Built once per registry.
 */
export function instrumentMatcher(instruments: readonly InstrumentEntry[]): InstrumentMatcher {
  const root = buildNameTrie(instrumentNameForms(instruments));
  const names = new Map(instruments.map((i) => [i.key, i.name]));
  return (text) => {
    const tokens = nameTokens(text);
    return matchNames(tokens, root).map(({ form, first, last }): Finding => {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const words = text.slice(start, end);
      return {
        kind: "cross-reference",
        attributes: { target: form.key, relation: guessRelation(text, start) },
        start,
        end,
        confidence: CONFIDENCE[form.via],
        rule: "instrument-name",
        why: `"${words}" is the ${form.via} of ${form.key} (${names.get(form.key) ?? form.key}) in the registry.`,
      };
    });
  };
}
