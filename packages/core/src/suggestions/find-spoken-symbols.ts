import { canonicalUnSymbol } from "./canonical-symbol.ts";
import { guessRelation } from "./reference-relation.ts";
import { NUMBER_WORDS, spokenDigits } from "./spoken-number.ts";
import type { Finding } from "./suggestion.ts";

const WORD = `(?:${NUMBER_WORDS.join("|")})`;
/** Up to eight number words joined by spaces, hyphens or "and": bounded, and each word is a literal, so no blow-up. */
const SPOKEN = `${WORD}(?:(?:[ -]|\\sand\\s)${WORD}){0,7}`;
/**
 * A resolution read out or transcribed: "seventy-four slash two forty-seven", "74, slash 247", "74 slash 247".
 * The word "slash" is what tells it from any other pair of numbers.
 */
const SPOKEN_SYMBOL = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SPOKEN}|\\d{1,2}),?\\s(?:forward\\s)?slash,?\\s(${SPOKEN}|\\d{1,4})(?![\\p{L}\\p{N}])`,
  "giu",
);

/** General Assembly resolutions said aloud, as the transcripts of meetings write them. */
export function findSpokenSymbols(text: string, targetFor: (symbol: string) => string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(SPOKEN_SYMBOL)) {
    const session = /^\d+$/u.test(match[1]!) ? match[1]! : spokenDigits(match[1]!);
    const number = /^\d+$/u.test(match[2]!) ? match[2]! : spokenDigits(match[2]!);
    if (session === null || number === null || session.length > 2 || number.length > 4) continue;
    const symbol = canonicalUnSymbol(`A/RES/${session}/${number}`);
    if (symbol === null) continue;
    const target = targetFor(symbol);
    const named = /\bresolution\s*$/iu.test(text.slice(Math.max(0, match.index - 30), match.index));
    found.push({
      kind: "cross-reference",
      attributes: { target, relation: guessRelation(text, match.index) },
      start: match.index,
      end: match.index + match[0].length,
      confidence: named ? 0.8 : 0.65,
      rule: "spoken-symbol",
      why: `"${match[0]}" reads as ${session}/${number}, an Assembly resolution said aloud: ${symbol}${target === symbol ? "" : `, ${target} in the registry`}.`,
    });
  }
  return found;
}
