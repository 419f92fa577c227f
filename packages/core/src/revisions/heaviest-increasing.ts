/**
 * Indices, in order, of the increasing subsequence of `values` (distinct integers from 0) with the
 * greatest total weight, in O(n log n) with a Fenwick tree of prefix maxima. Read over matched blocks
 * in new order, the old positions that increase are the blocks that stayed in order; the rest moved.
 */
export function heaviestIncreasing(values: readonly number[], weights: readonly number[]): number[] {
  const size = Math.max(0, ...values) + 1;
  // tree[v]: the heaviest run ending at a value within v's Fenwick range, as [total weight, its last index].
  const tree = Array.from({ length: size + 1 }, () => [0, -1] as [number, number]);
  const previous = new Array<number>(values.length).fill(-1);
  let best: [number, number] = [0, -1];
  values.forEach((value, k) => {
    let before: [number, number] = [0, -1];
    for (let v = value; v > 0; v -= v & -v) if (tree[v]![0] > before[0]) before = tree[v]!;
    previous[k] = before[1];
    const run: [number, number] = [before[0] + weights[k]!, k];
    for (let v = value + 1; v <= size; v += v & -v) if (run[0] > tree[v]![0]) tree[v] = run;
    if (run[0] > best[0]) best = run;
  });
  const chain: number[] = [];
  for (let k = best[1]; k !== -1; k = previous[k]!) chain.push(k);
  return chain.reverse();
}
