const PARAGRAPH_ID = /^p[1-9]\d*$/u;
const HEADING_ID = /^h[1-9]\d*$/u;

/** A paragraph's canonical ID: p1, p2, … */
export const isParagraphId = (s: string): boolean => PARAGRAPH_ID.test(s);

/** A heading's canonical ID: h1, h2, … */
export const isHeadingId = (s: string): boolean => HEADING_ID.test(s);

export const isBlockId = (s: string): boolean => isParagraphId(s) || isHeadingId(s);
