import type { AnnotationAnchor } from "../model/annotation.ts";
import type { AnnotationKind, ReviewStatus } from "../model/taxonomy.ts";
import type { ANNOTATION_CONTEXT } from "./vocabulary.ts";

export type W3cMotivation =
  | "assessing"
  | "bookmarking"
  | "classifying"
  | "commenting"
  | "describing"
  | "editing"
  | "highlighting"
  | "identifying"
  | "linking"
  | "moderating"
  | "questioning"
  | "replying"
  | "tagging";

export interface W3cTextualBody {
  type: "TextualBody";
  purpose: W3cMotivation;
  value: string;
  format: "text/plain" | "text/html";
}
/** Alternatives of one body; the first is the default (the plain-text note). */
export interface W3cChoice {
  type: "Choice";
  items: W3cTextualBody[];
}
/** A cross-reference's target as a body: the resource the passage links to. */
export interface W3cLinkBody {
  type: "SpecificResource";
  purpose: "linking";
  source: string;
}
export type W3cBody = W3cTextualBody | W3cChoice | W3cLinkBody;

export interface W3cTextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}
/** start and end count Unicode code points in the paragraph's normalised text. */
export interface W3cTextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
export interface W3cFragmentSelector {
  type: "FragmentSelector";
  conformsTo: string;
  value: string;
  refinedBy?: W3cTextQuoteSelector | W3cTextPositionSelector;
}
export interface W3cRangeSelector {
  type: "RangeSelector";
  startSelector: W3cFragmentSelector;
  endSelector: W3cFragmentSelector;
}
export type W3cSelector = W3cFragmentSelector | W3cRangeSelector | W3cTextQuoteSelector;

export interface W3cTarget {
  type: "SpecificResource";
  source: string;
  /** Alternatives, each selecting the same span. */
  selector: W3cSelector[];
}

export interface W3cAgent {
  id: string;
  type: "Person" | "Software";
  name: string;
  homepage?: string;
}

export interface W3cAnnotation {
  "@context"?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  /** The annotation this one was copied from, when it was imported (W3C model 3.3.6). */
  via?: string;
  motivation: W3cMotivation;
  created: string;
  modified: string;
  creator: W3cAgent;
  generator: W3cAgent;
  body: W3cBody[];
  target: W3cTarget;
  "verbatim:kind": AnnotationKind;
  "verbatim:attributes": Record<string, unknown>;
  "verbatim:status": ReviewStatus;
  "verbatim:version": number;
  /** The revision the annotation was made on. */
  "verbatim:revision": number;
  /** Where it stands now: anchored, fuzzy or orphaned, in which revision (the one its selectors and source are in). */
  "verbatim:anchor": AnnotationAnchor;
  "verbatim:noteDoc"?: unknown;
  /** The suggestion rule it was accepted from, as "suggestion:<rule>" (a plain literal); absent for one drawn by hand. */
  "verbatim:provenance"?: string;
}

/** An annotation as a collection's page embeds it: the collection gives the @context. */
export type W3cEmbeddedAnnotation = Omit<W3cAnnotation, "@context">;
