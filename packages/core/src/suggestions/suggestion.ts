import type { TaggedAttributes } from "../model/annotation.ts";
import type { AnnotationKind } from "../model/taxonomy.ts";

/** An instrument of the workspace's registry, as plain data (the API passes its rows; core never reads them). */
export interface InstrumentEntry {
  key: string;
  name: string;
  shortNames: readonly string[];
  symbol: string | null;
}

/** The rules, by stable name: the name is part of a suggestion's ID and of the per-rule figures. */
export const SUGGESTION_RULES = [
  "un-symbol",
  "resolution-number",
  "spoken-symbol",
  "instrument-name",
  "instrument-anaphora",
  "commitment-we-will",
  "commitment-pledge",
  "commitment-ready",
  "commitment-allocation",
  "position-supports",
  "position-opposes",
  "position-welcomes",
  "position-concerned",
  "position-condemns",
  "position-urges",
  "position-reaffirms",
  "position-notes",
] as const;
export type SuggestionRule = (typeof SUGGESTION_RULES)[number];

/**
 * What a rule found in one paragraph: a kind with exactly the attributes an accepted annotation of that kind
 * carries, a span (UTF-16 offsets in the paragraph's normalised text, end exclusive, like an annotation's target),
 * how sure the rule is, and why it matched, in words the analyst reads.
 */
export type Finding = TaggedAttributes & {
  start: number;
  end: number;
  confidence: number;
  rule: SuggestionRule;
  why: string;
};

/** A finding placed in its statement: the shape the API serves and the reader draws. */
export type Suggestion = TaggedAttributes & {
  /** Stable for the same paragraph, words and rule, so a dismissal sticks across revisions. */
  id: string;
  target: { paragraphId: string; start: number; end: number };
  quote: string;
  confidence: number;
  rule: SuggestionRule;
  why: string;
};

export interface SuggestionInput {
  paragraphs: readonly { id: string; text: string }[];
  language?: string | null;
  /** Who speaks (a registry name such as "Norway"); "my delegation" resolves to it. */
  delegation?: string | null;
  /** The group spoken for ("Group of 77 and China"); "the Group" and "we" resolve to it. */
  onBehalfOf?: string | null;
  /** The forum, which tells a Council statement's bare "resolution 1373" from others. */
  forum?: string | null;
  instruments: readonly InstrumentEntry[];
  kinds?: readonly AnnotationKind[];
}

/** What every rule may consult besides the paragraph's text. */
export interface StatementContext {
  delegation: string | null;
  onBehalfOf: string | null;
  /** The forum is the Security Council: bare resolution numbers are the Council's. */
  councilForum: boolean;
}
