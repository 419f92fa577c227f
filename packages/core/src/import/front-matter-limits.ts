import { MAX_FRONT_MATTER_CHARS, MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_MARKS } from "./import-limits.ts";

const YAML_MARKS = new Set([..."\n:,-?[]{}'\"&*!|>#%@`"]);
const FLOW_OPENERS = new Set(["[", "{"]);

/** Indentation plus the "- " and "? " markers that open a nested block before a line's content. */
const BLOCK_PREFIX = /^ *(?:[-?](?: +|$))*/gmu;

/** The deepest block nesting a line's start could reach, counting every column of its prefix as a level. */
function blockDepth(source: string): number {
  let deepest = 0;
  for (const prefix of source.matchAll(BLOCK_PREFIX)) deepest = Math.max(deepest, prefix[0].length);
  return deepest;
}

/**
 * Whether front matter is small, short and shallow enough for yaml to read quickly and
 * without deep recursion (see the limits); larger front matter is dropped unread.
 */
export function withinFrontMatterLimits(source: string): boolean {
  if (source.length > MAX_FRONT_MATTER_CHARS) return false;
  let marks = 0;
  let openers = 0;
  for (const char of source) {
    if (YAML_MARKS.has(char)) marks++;
    if (FLOW_OPENERS.has(char)) openers++;
  }
  return marks <= MAX_FRONT_MATTER_MARKS && openers <= MAX_FRONT_MATTER_DEPTH && blockDepth(source) <= MAX_FRONT_MATTER_DEPTH;
}
