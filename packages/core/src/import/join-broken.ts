import { isSalutation } from "./salutation.ts";
import { endsSentence, startsLowercase } from "./sentence.ts";
import type { RawBlock } from "./types.ts";

/**
 * Joins a paragraph that a stray blank line broke mid-sentence: the first part
 * ends without sentence-final punctuation and the next starts in lower case.
 */
export function joinBrokenParagraphs(blocks: readonly RawBlock[]): RawBlock[] {
  const joined: RawBlock[] = [];
  for (const block of blocks) {
    const prev = joined.at(-1);
    const broken =
      prev !== undefined &&
      prev.kind === "paragraph" &&
      block.kind === "paragraph" &&
      !endsSentence(prev.text) &&
      !isSalutation(prev.text) &&
      startsLowercase(block.text);
    if (broken) joined[joined.length - 1] = { ...prev, text: `${prev.text}\n${block.text}` };
    else joined.push(block);
  }
  return joined;
}
