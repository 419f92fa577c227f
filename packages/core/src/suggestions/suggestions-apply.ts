/**
 * Whether the detector's rules apply to a statement in `language` (a BCP 47 tag or a language name): they are
 * English phrasing, so a statement in another language gets none and the reader says why. A statement whose
 * language is unknown is taken as English, the language most statements are imported in.
 */
export function suggestionsApply(language: string | null | undefined): boolean {
  if (language === null || language === undefined || language.trim() === "") return true;
  const tag = language.trim().toLowerCase();
  return tag === "english" || tag === "en" || tag === "eng" || tag.startsWith("en-") || tag.startsWith("en_");
}
