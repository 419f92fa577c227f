/** Lists longer than this are checked on a sample: a cold zod parse of 5,000 annotations costs the reader ~100 ms. */
export const FULL_CHECK_LIMIT = 300;
const EDGE = 50;

/**
 * The items a large list is checked on: the first and last EDGE, and every nth between, about FULL_CHECK_LIMIT
 * in all. The server writes every item with one presenter, so a shape error shows in any of them; the sample
 * catches a changed or broken contract without paying for every item.
 */
export function validationSample<T>(items: readonly T[]): T[] {
  if (items.length <= FULL_CHECK_LIMIT) return [...items];
  const middle = items.length - 2 * EDGE;
  const step = Math.ceil(middle / (FULL_CHECK_LIMIT - 2 * EDGE));
  const sample = items.slice(0, EDGE);
  for (let i = EDGE; i < items.length - EDGE; i += step) sample.push(items[i]!);
  return sample.concat(items.slice(-EDGE));
}
