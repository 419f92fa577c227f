import { nameTokens } from "./name-tokens.ts";
import { guessRelation } from "./reference-relation.ts";
import type { Finding, InstrumentEntry } from "./suggestion.ts";

/** An instrument named earlier: its key, its head noun, and the paragraph it was named in. */
export interface NamedInstrument {
  key: string;
  head: string;
  paragraph: number;
  /** Where it ended in that paragraph, so an anaphor before it in the same paragraph is not tied to it. */
  end: number;
}

const HEADS = ["convention", "protocol", "declaration", "charter", "agenda"];
/** "The Convention" reaches back at most this many paragraphs: further, the analyst should say which. */
export const ANAPHORA_REACH = 3;
/**
 * "the Convention", "the Protocol", "the Declaration" standing alone, capitalised as a title is: not when a name
 * follows ("the Convention on the Rights of the Child"), nor the plural.
 */
const ANAPHOR =
  /(?<![\p{L}\p{N}])[Tt]he (Convention|Protocol|Declaration)(?![\p{L}\p{N}'’-]|\s(?:on|against|of|for|to|relating|in|between)\b)/gu;

/** The head noun of an instrument's name: the first of "Convention", "Protocol", … in it. */
export function instrumentHeads(instruments: readonly InstrumentEntry[]): Map<string, string> {
  const heads = new Map<string, string>();
  for (const instrument of instruments) {
    const head = nameTokens(instrument.name).find((t) => HEADS.includes(t.word));
    if (head) heads.set(instrument.key, head.word);
  }
  return heads;
}

/**
 * "the Convention" after a convention of the registry was named nearby: a guess, so its confidence stays under
 * 0.5. `named` lists the instruments named so far, in order, with this paragraph's own.
 */
export function findInstrumentAnaphora(text: string, paragraph: number, named: readonly NamedInstrument[]): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(ANAPHOR)) {
    const head = match[1]!.toLowerCase();
    let referent: NamedInstrument | undefined;
    for (let k = named.length - 1; k >= 0 && !referent; k--) {
      const candidate = named[k]!;
      if (paragraph - candidate.paragraph > ANAPHORA_REACH) break;
      if (candidate.head !== head) continue;
      if (candidate.paragraph === paragraph && candidate.end > match.index) continue;
      referent = candidate;
    }
    if (!referent) continue;
    found.push({
      kind: "cross-reference",
      attributes: { target: referent.key, relation: guessRelation(text, match.index) },
      start: match.index,
      end: match.index + match[0].length,
      confidence: 0.4,
      rule: "instrument-anaphora",
      why: `"${match[0]}" most likely means ${referent.key}, the last ${head} named before it: a guess to check.`,
    });
  }
  return found;
}
