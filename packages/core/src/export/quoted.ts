// Double marks only: a single ’ or ' at either end is as often an apostrophe ("the States’") as a quotation mark.
// “ closes a German „quote“ and ” opens a Swedish one, and the straight " and the guillemets point either way,
// so each may stand at either end.
const OPENING = /^[“”„‟"«»「『]/u;
const CLOSING = /[“”„‟"«»」』]$/u;
const ANY_OPENING = /[“„‟"«»「『]/u;
const ANY_CLOSING = /[“”‟"«»」』]/u;

/**
 * The quote in “curly marks”, without adding a mark that is already there: a quote selected with its own marks
 * stays as it is, and one that keeps only its opening (or closing) mark, the other end cut off by the selection, gets
 * the missing one. A mark that belongs to a quotation inside the quote (`“Palermo” is…`) is not the quote's own, so
 * then both marks are added. White space at either end is left out.
 */
export function quoted(quote: string): string {
  const text = quote.trim();
  const opens = OPENING.test(text);
  const closes = CLOSING.test(text);
  if (opens && closes && text.length > 1) return text;
  if (opens && !ANY_CLOSING.test(text.slice(1))) return `${text}”`;
  if (closes && !ANY_OPENING.test(text.slice(0, -1))) return `“${text}`;
  return `“${text}”`;
}
