/** ASCII, lower-case, hyphen-separated words: diacritics stripped, apostrophes dropped. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/gu, "ss")
    .replace(/[æÆ]/gu, "ae")
    .replace(/[øØ]/gu, "o")
    .replace(/['\u2018\u2019]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}
