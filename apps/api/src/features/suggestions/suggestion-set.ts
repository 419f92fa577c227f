import { detectSuggestions, type Suggestion, type SuggestionInput } from "@verbatim/core";

/** What is cached per revision: the suggestions, and the blocks' reading order (to tell what a span across blocks covers). */
export interface SuggestionSet {
  blocks: string[];
  items: Suggestion[];
}

/** The worker pool's task (work/work-tasks.ts): the detector over a statement, off the request thread. */
export function findSuggestions(input: SuggestionInput): SuggestionSet {
  return { blocks: input.paragraphs.map((p) => p.id), items: detectSuggestions(input) };
}
