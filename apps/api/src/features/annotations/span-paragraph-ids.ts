/** The IDs of the blocks an annotation's target spans, from its first paragraph to its last, in reading order. */
export function spanParagraphIds(
  target: { paragraphId: string; endParagraphId?: string | undefined },
  blockIds: readonly string[],
): string[] {
  const first = blockIds.indexOf(target.paragraphId);
  const last = blockIds.indexOf(target.endParagraphId ?? target.paragraphId);
  // A paragraph missing from the current revision (an orphan) still counts where the target says it is.
  if (first < 0 || last < first) return [target.paragraphId];
  return blockIds.slice(first, last + 1);
}
