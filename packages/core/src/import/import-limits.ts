/**
 * Bounds on how deep or how large a part of an imported text is read, so an import
 * stays linear in the size of the text whatever its shape: the parsers used here
 * (htmlparser2, micromark, yaml) slow down quadratically, or recurse, with nesting.
 * Each limit is far beyond what a real statement holds; past it the text is still
 * imported, read flatter (deeper tags or markers count as text, or as nothing),
 * never refused.
 */

/** Open HTML elements: a start tag deeper than this is dropped and its text joins its parent's. */
export const MAX_HTML_NESTING = 256;

/** Block quote and list markers read at the start of one Markdown line; more are dropped. */
export const MAX_MARKDOWN_NESTING = 32;

/** Columns of indentation read before a Markdown line's content; more are dropped. */
export const MAX_MARKDOWN_INDENT = 128;

/**
 * Lines of one Markdown paragraph inside a block quote or list: micromark reads each
 * "lazy" line (one without the quote's ">") by going back over the whole paragraph.
 * A blank line is put in after this many, so a longer paragraph reads as two.
 */
export const MAX_MARKDOWN_CONTAINED_LINES = 256;

/**
 * Lines × (lines + inline marks) of any one Markdown paragraph, where the marks are
 * the characters that may open inline markup (! & * < [ ] _ ` and backslash): micromark merges
 * each line's text by splicing all the paragraph's events, so time grows with that
 * product (40,000 lines with an "&" in each took 10 s). Past it a blank line is put
 * in at the next sentence end (or at four times it), so the paragraph reads as two.
 */
export const MAX_MARKDOWN_PARAGRAPH_WORK = 1 << 22;

/**
 * Markdown is parsed in parts, cut between top-level blocks, because micromark
 * copies every event so far each time a list item starts or a block quote or list
 * closes (quadratic: 4,000 block quotes took 10 s). A part ends at the first place
 * it may once (list items + quotes opened) × lines in it reach this.
 */
export const MARKDOWN_PART_WORK = 1 << 16;

/** A part that cannot be cut before its (items + quotes) × lines pass this is read as plain text. */
export const MAX_MARKDOWN_PART_WORK = 1 << 21;

/**
 * Emphasis and link marks ("*", "_", "[", "]") in one Markdown paragraph: micromark
 * pairs them by splicing the paragraph's events, so time grows with their square
 * (and with marks × length). A part holding a paragraph with more is parsed with
 * emphasis and links switched off: its marks stay in the text as typed.
 */
export const MAX_INLINE_MARKS = 1000;

/** The same for marks × characters of one paragraph. */
export const MAX_INLINE_WORK = 1 << 24;

/** Reference definitions copied into the parts that lack them, in characters over all parts; past it they are not. */
export const MAX_SHARED_DEFINITION_CHARS = 1 << 21;

/** YAML front matter larger than this is not parsed: its lines are dropped, no metadata is read. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/**
 * Front matter with more YAML marks than this (":", ",", "-", "?", brackets, braces,
 * quotes, "&", "*", "!", "|", ">", "#", "%", "@", "`" and line breaks) is not parsed
 * either: yaml compares each map key with every other, and its error paths slow
 * down quadratically too (64 KB of "}" took 3 s). Real front matter holds a few dozen.
 */
export const MAX_FRONT_MATTER_MARKS = 1000;

/**
 * Nor is front matter nested deeper than this: yaml recurses once per level. Every
 * "[" and "{" counts as a level (quoted or not, so no quoting hides one), and so do
 * a line's indentation and its leading "- " and "? " markers.
 */
export const MAX_FRONT_MATTER_DEPTH = 64;

/**
 * Dropped lines an import's record lists; past it one entry says how many more were dropped. A text of a million
 * empty elements or front-matter lines would otherwise answer with a record several times its own size.
 */
export const MAX_DROPPED_LINES = 1000;
