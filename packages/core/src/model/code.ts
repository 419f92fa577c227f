import { z } from "zod";

/**
 * The codebook's entries (DESIGN.md, "The codebook"): topics and labels are codes that annotations refer to by ID,
 * so a rename or merge changes the code, not the annotations. An annotation still gives the names in `labels` and
 * a position's `attributes.topics`, read from its codes.
 */
export const CODE_TYPES = ["topic", "label"] as const;
export type CodeType = (typeof CODE_TYPES)[number];

/** active: offered and used; deprecated: kept where used, not offered; new: made while tagging, for a reviewer to look at. */
export const CODE_STATUSES = ["active", "deprecated", "new"] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/** A code as an annotation names it. */
export const CodeRef = z.object({ id: z.string(), name: z.string(), type: z.enum(CODE_TYPES) });
export type CodeRef = z.infer<typeof CodeRef>;

/** The names an annotation shows for its codes: its labels, and (positions only) its topics, in the order given. */
export function namesOfCodes(codes: readonly CodeRef[]): { labels: string[]; topics: string[] } {
  return {
    labels: codes.filter((c) => c.type === "label").map((c) => c.name),
    topics: codes.filter((c) => c.type === "topic").map((c) => c.name),
  };
}

/**
 * An annotation's attributes and labels as its codes say: `labels` are its label codes' names, and a position's
 * `attributes.topics` its topic codes' names (left out when it has none; the other kinds carry no topics). The one
 * rule, used where the API presents a stored annotation and where a client applies an `annotation.recoded` event.
 */
export function withCodeNames<A extends object>(
  kind: string,
  attributes: A,
  codes: readonly CodeRef[],
): { attributes: A; labels: string[] } {
  const { labels, topics } = namesOfCodes(codes);
  if (kind !== "position") return { attributes, labels };
  const { topics: _old, ...rest } = attributes as A & { topics?: unknown };
  return { attributes: (topics.length > 0 ? { ...rest, topics } : rest) as A, labels };
}
