import type { AnnotationKind } from "../model/taxonomy.ts";
import { DisjointSets } from "./disjoint-sets.ts";

/**
 * Joins overlapping tags of one kind into stretches: the words several annotators tagged as the same kind,
 * whatever the attributes. Compare builds its groups from them and per-attribute agreement takes each as a
 * unit. `pairs` are the index pairs whose spans overlap; each stretch is in ascending order.
 */
export function kindStretches(kinds: readonly AnnotationKind[], pairs: readonly [number, number][]): number[][] {
  const sets = new DisjointSets(kinds.length);
  for (const [i, j] of pairs) if (kinds[i] === kinds[j]) sets.union(i, j);
  return sets.groups();
}
