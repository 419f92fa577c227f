import type { AnnotationKind } from "@verbatim/core";

/**
 * The kind colours as CSS values, for TS that sets a colour inline. The colours themselves are defined once, in
 * styles/annotation-scheme.css; this only names its custom properties, so a page cannot drift to its own shade.
 */
export const kindColour = (kind: AnnotationKind): string => `var(--${kind})`;

/** The class that gives an element its kind's colour, fill and line (`--kind-color`, `--kind-fill`, `--kind-line`). */
export const kindClass = (kind: AnnotationKind): string => `kind-${kind}`;
