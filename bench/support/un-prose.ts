import { revisionFixtures } from "../../packages/core/src/revisions/fixtures/index.ts";

/**
 * Paragraphs of about 200 characters drawn (seeded) from the words of the revision fixtures' UN prose:
 * as varied as real text, unlike synthetic-statement.ts, whose ten repeated phrases make every
 * paragraph look like every other. The same seed gives the same paragraphs on every run.
 */
export function unParagraphs(characters: number, seed = 7): string[] {
  const words = revisionFixtures.flatMap((f) => f.old.flatMap(([, text]) => text.split(" ")));
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paragraphs: string[] = [];
  for (let total = 0; total < characters;) {
    const length = 20 + Math.floor(next() * 25);
    const text = `${paragraphs.length + 1}. ${Array.from({ length }, () => words[Math.floor(next() * words.length)]!).join(" ")}.`;
    paragraphs.push(text);
    total += text.length + 1;
  }
  return paragraphs;
}
