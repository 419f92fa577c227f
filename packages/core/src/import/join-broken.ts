import { isSalutation } from "./salutation.ts";
import { endsSentence, startsLowercase, wordCount } from "./sentence.ts";
import type { RawBlock } from "./types.ts";

/** What the joining needs to know of a block already joined, kept so a long chain is not re-read at every join. */
interface Joined {
  block: RawBlock;
  endsSentence: boolean;
  words: number;
  salutation: boolean;
}

/** A salutation has at most 12 words, so a longer chain is not one and need not be read again. */
const SALUTATION_MAX_WORDS = 12;

function joinedOf(block: RawBlock): Joined {
  return { block, endsSentence: endsSentence(block.text), words: wordCount(block.text), salutation: isSalutation(block.text) };
}

/**
 * Joins a paragraph that a stray blank line broke mid-sentence: the first part
 * ends without sentence-final punctuation and the next starts in lower case.
 */
export function joinBrokenParagraphs(blocks: readonly RawBlock[]): RawBlock[] {
  const joined: Joined[] = [];
  for (const block of blocks) {
    const prev = joined.at(-1);
    const broken =
      prev !== undefined &&
      prev.block.kind === "paragraph" &&
      block.kind === "paragraph" &&
      !prev.endsSentence &&
      !prev.salutation &&
      startsLowercase(block.text);
    if (!broken) {
      joined.push(joinedOf(block));
      continue;
    }
    // The joined text ends as the new part ends (it holds a letter), and "\n" adds their words up.
    const text = `${prev.block.text}\n${block.text}`;
    const words = prev.words + wordCount(block.text);
    const salutation = words <= SALUTATION_MAX_WORDS && isSalutation(text);
    joined[joined.length - 1] = { block: { ...prev.block, text }, endsSentence: endsSentence(block.text), words, salutation };
  }
  return joined.map((entry) => entry.block);
}
