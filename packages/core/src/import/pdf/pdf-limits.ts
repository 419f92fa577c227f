/** Pages of a PDF laid out; past it the rest are not read (the API refuses such a file before it gets here). */
export const MAX_PDF_PAGES = 2000;

/** Text runs read per page; a real page holds a few thousand at most. */
export const MAX_PDF_ITEMS_PER_PAGE = 20_000;

/** Characters of one rebuilt line; past it the line is cut. */
export const MAX_PDF_LINE_CHARS = 10_000;
