/** How sure a rule is, as people read it: "92% sure", and a word of warning below one in two. */
export function confidenceText(confidence: number): string {
  const percent = `${Math.round(confidence * 100)}% sure`;
  return confidence < 0.5 ? `${percent} (a guess: check it)` : percent;
}

/** The statement's language by name ("French") where the browser knows it, else its code; null when not known. */
export function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why suggestion mode has nothing on a statement whose language the rules do not read. */
export function notEnglishText(language: string | null): string {
  const name = languageName(language);
  return `The suggestion rules read English text${name ? `; this statement is in ${name}` : "; this statement's language is not English"}. Tag it by hand.`;
}
