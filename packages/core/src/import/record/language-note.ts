/** The languages interpreters' notes name, as BCP 47: the six official ones first. */
const LANGUAGES: Readonly<Record<string, string>> = {
  arabic: "ar",
  chinese: "zh",
  english: "en",
  french: "fr",
  russian: "ru",
  spanish: "es",
  portuguese: "pt",
  german: "de",
  italian: "it",
  japanese: "ja",
  korean: "ko",
  turkish: "tr",
  persian: "fa",
  farsi: "fa",
  hebrew: "he",
  ukrainian: "uk",
  indonesian: "id",
  swahili: "sw",
  kiswahili: "sw",
  amharic: "am",
  hindi: "hi",
  urdu: "ur",
  bengali: "bn",
  dutch: "nl",
  greek: "el",
  polish: "pl",
  vietnamese: "vi",
  thai: "th",
};

/**
 * The language of an interpretation note: "spoke in Spanish", "spoke in Arabic; English text
 * provided by the delegation", "interpretation from French". Undefined when it is not one;
 * null when it is one naming a language we do not map.
 */
export function languageOfNote(note: string): string | null | undefined {
  const found = /^(?:spoke in|interpretation from|translated from)\s+(\p{L}+)/iu.exec(note.trim());
  if (!found?.[1]) return undefined;
  return LANGUAGES[found[1].toLowerCase()] ?? null;
}
