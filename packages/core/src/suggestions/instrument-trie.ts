import type { NameForm } from "./instrument-names.ts";
import type { NameToken } from "./name-tokens.ts";

interface Node {
  next: Map<string, Node>;
  /** The form that ends here; null when two instruments share these words (then neither is proposed). */
  form?: NameForm | null;
}

export interface NameMatch {
  form: NameForm;
  /** Indexes of the first and last token matched. */
  first: number;
  last: number;
}

/** The forms as a word trie, so the text is scanned once, trying every name at each word. */
export function buildNameTrie(forms: readonly NameForm[]): Node {
  const root: Node = { next: new Map() };
  for (const form of forms) {
    let node = root;
    for (const word of form.words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.form === undefined) node.form = form;
    else if (node.form !== null && node.form.key !== form.key) node.form = null;
  }
  return root;
}

/** Names are at most this many words; the walk from one word never goes further, so the scan is linear. */
const MAX_WORDS = 40;

/**
 * The longest registry names in the text, left to right, without overlaps. Inside a name a "the" the form lacks
 * is passed over ("Protocol against the Smuggling"); a leading "UN" the form lacks is taken into the match
 * ("UN Firearms Protocol"), a leading "the" is not ("the Palermo Convention" → "Palermo Convention").
 */
export function matchNames(tokens: readonly NameToken[], root: Node): NameMatch[] {
  const matches: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    // A match may also start at the next word, after a "the" or a "UN" the form does without; the longest wins.
    const starts = word === "the" || (word === "un" && !root.next.has("un")) ? [i, i + 1] : [i];
    let best: NameMatch | null = null;
    for (const from of starts) {
      const last = longestFrom(tokens, from, root);
      if (last === null || (best !== null && last.j <= best.last)) continue;
      best = { form: last.form, first: word === "un" ? i : from, last: last.j };
    }
    if (best) {
      matches.push(best);
      i = best.last;
    }
  }
  return matches;
}

/** The longest form that starts at `from`, passing over an inner "the" the form lacks. */
function longestFrom(tokens: readonly NameToken[], from: number, root: Node): { form: NameForm; j: number } | null {
  let node: Node | undefined = root;
  let best: { form: NameForm; j: number } | null = null;
  for (let j = from; node && j < tokens.length && j - from < MAX_WORDS; j++) {
    const word = tokens[j]!.word;
    const child: Node | undefined = node.next.get(word);
    if (!child) {
      if (word === "the" && j > from) continue;
      break;
    }
    node = child;
    if (node.form) best = { form: node.form, j };
  }
  return best;
}
