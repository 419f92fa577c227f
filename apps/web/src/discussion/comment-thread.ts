import type { Comment } from "@verbatim/contract";

export interface ThreadNode {
  comment: Comment;
  replies: ThreadNode[];
}

/**
 * One annotation's comments as a tree, oldest first at every level. A reply whose parent is not in the list
 * (not loaded, or dropped) is shown at the top level rather than lost.
 */
export function buildThread(comments: readonly Comment[], annotationId: string): ThreadNode[] {
  const mine = comments.filter((c) => c.annotationId === annotationId);
  const nodes = new Map(mine.map((c) => [c.id, { comment: c, replies: [] as ThreadNode[] }]));
  const roots: ThreadNode[] = [];
  for (const c of mine) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

/** How many comments of the annotation are not deleted: the count on its "Discussion" button. */
export const liveCommentCount = (comments: readonly Comment[], annotationId: string): number =>
  comments.filter((c) => c.annotationId === annotationId && !c.deleted).length;
