import { useQuery } from "@tanstack/react-query";
import { type Code, type CodeType, codesQuery, useCodeSearch } from "../queries/codebook-query.ts";

export interface CodeSuggestions {
  /** Names to offer, best first: the field's own first (`preferred`), then the codebook's most used. Never deprecated. */
  names: string[];
  /** The codebook's definition of a name, shown under it in the list. */
  definitionOf: (name: string) => string | null;
  /** Names the server matched to what is typed (close spellings, words in common), best first. */
  matched: string[];
  /** An existing code that is what is typed but for case, spaces or punctuation ("Cybercrime" → "cybercrime"). */
  existing: string | null;
}

const fold = (name: string) => name.toLocaleLowerCase();

/**
 * Suggestions for a field where a code is entered (a position's topics, an annotation's labels), from the codebook:
 * deprecated codes are left out, and the server's `q` search says when the text is a near-duplicate of a code.
 */
export function useCodeSuggestions(type: CodeType, draft: string, preferred: readonly string[] = []): CodeSuggestions {
  const codebook = useQuery({ ...codesQuery(type), select: (d) => d.items });
  const search = useCodeSearch(type, draft);
  const codes = codebook.data ?? [];
  const deprecated = new Set(codes.filter((c) => c.status === "deprecated").map((c) => fold(c.name)));
  const live = codes.filter((c) => c.status !== "deprecated").sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  const byName = new Map<string, Code>(live.map((c) => [fold(c.name), c]));

  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [...preferred, ...live.map((c) => c.name)]) {
    const key = fold(name);
    if (seen.has(key) || deprecated.has(key)) continue;
    seen.add(key);
    names.push(name);
  }

  const offered = search.items.filter((c) => c.status !== "deprecated" && c.match !== null);
  const same = offered.find((c) => c.match === "same");
  return {
    names,
    definitionOf: (name) => byName.get(fold(name))?.definition ?? null,
    matched: offered.map((c) => c.name),
    existing: same && same.name !== draft.trim() ? same.name : null,
  };
}
