/** Revision 1. The globe before ¶3's tagged words puts its code point offsets one behind its UTF-16 ones. */
export const ORIGINAL = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We support the Convention against Transnational Organized Crime and its Protocols.",
  "3. Our country \u{1F30D} will host a regional workshop on cybercrime in 2025.",
  "4. We are concerned about the trafficking of firearms across borders.",
  "5. Thank you, Mr. President.",
].join("\n\n");

/** Revision 2: a paragraph inserted first (every ¶ number after it goes up), ¶3 deleted, ¶4's tagged words edited. */
export const REVISED = [
  "We thank the Presidency for convening this debate.",
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We support the Convention against Transnational Organized Crime and its Protocols.",
  "4. We are concerned about the trafficking in firearms across borders.",
  "5. Thank you, Mr. President.",
].join("\n\n");

/** Tagged words: they stay in ¶2, are approximately in ¶4 after the revision, and are gone with ¶3. */
export const KEPT_WORDS = "Convention against Transnational Organized Crime";
export const FUZZY_WORDS = "concerned about the trafficking of firearms";
export const FUZZY_REVISED = "concerned about the trafficking in firearms";
export const ORPHAN_WORDS = "regional workshop on cybercrime";

/** The `n`th paragraph of a text (from 1). */
export const paragraph = (text: string, n: number): string => text.split("\n\n")[n - 1]!;
/** The UTF-16 offsets of `quote` in `text`. */
export const words = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
