export interface TagCounts {
  /** Units counted: every one coded 1 or 0 by every annotator. */
  units: number;
  /** Units at least one annotator tagged. */
  taggedByAny: number;
  /** Units every annotator tagged. */
  taggedByAll: number;
  /** Units where all annotators gave the same value, tagged or not. */
  unanimous: number;
}

/** What the figures over tagged-or-not units (paragraph × kind, paragraph × code) count. */
export function tagCounts(units: ReadonlyArray<ReadonlyArray<0 | 1>>): TagCounts {
  let taggedByAny = 0;
  let taggedByAll = 0;
  let unanimous = 0;
  for (const values of units) {
    const tagged = values.filter((value) => value === 1).length;
    if (tagged > 0) taggedByAny += 1;
    if (tagged === values.length) taggedByAll += 1;
    if (tagged === 0 || tagged === values.length) unanimous += 1;
  }
  return { units: units.length, taggedByAny, taggedByAll, unanimous };
}
