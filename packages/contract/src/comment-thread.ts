/** What deciding a thread's shape needs of a comment. */
export interface ThreadComment {
  id: string;
  parentId: string | null;
  deleted: boolean;
}

/**
 * The comments a thread shows, in the order given (oldest first): every live comment, and a deleted one only
 * while something below it is shown, so that replies keep their place.
 */
export function keepThreadShape<T extends ThreadComment>(comments: readonly T[]): T[] {
  const hasShownChild = new Set<string>();
  const shown = new Set<string>();
  // A reply is always newer than what it answers, so newest first sees every child before its parent.
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i]!;
    if (!c.deleted || hasShownChild.has(c.id)) {
      shown.add(c.id);
      if (c.parentId) hasShownChild.add(c.parentId);
    }
  }
  return comments.filter((c) => shown.has(c.id));
}
