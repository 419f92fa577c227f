/**
 * Folding a delegation's name to a lookup key. Case, accents, spaces, hyphens and punctuation carry no
 * identity in these names ("Viet Nam"/"Vietnam", "Côte d’Ivoire"/"Cote d'Ivoire", "G-77"/"G77",
 * "Guinea Bissau"), so the key is the letters and digits alone, joined. Words are kept apart until then
 * so the resolver can strip whole words ("the", "on behalf of", "Republic of").
 */

/** Longer text is not a delegation's name; refusing it keeps every step linear on a short string. */
export const MAX_DELEGATION_CHARS = 300;
const MAX_WORDS = 40;

/** The words of `text`, folded; null when it is too long to be a name. */
export function delegationWords(text: string): string[] | null {
  if (text.length > MAX_DELEGATION_CHARS) return null;
  const words = text
    .replace(/&/g, " and ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    // "St. Lucia", "St Kitts": the abbreviation is the same word.
    .map((word) => (word === "st" ? "saint" : word));
  return words.length > MAX_WORDS ? null : words;
}

/** The lookup key of folded words: a leading "the" dropped ("the Gambia", "the Netherlands"), then joined. */
export function wordsKey(words: readonly string[]): string {
  let start = 0;
  while (words[start] === "the") start += 1;
  return words.slice(start).join("");
}

/** The lookup key of a name or alias as the registry writes it. */
export function delegationKey(text: string): string {
  return wordsKey(delegationWords(text) ?? []);
}
