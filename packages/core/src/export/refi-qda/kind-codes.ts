import type { TaggedAttributes } from "../../model/annotation.ts";
import { ANNOTATION_KINDS, type AnnotationKind, COMMITMENT_STRENGTHS, CROSS_REFERENCE_RELATIONS, STANCES } from "../../model/taxonomy.ts";
import type { CodeNode } from "./code-tree.ts";
import { derivedGuid } from "./guid.ts";

/**
 * The codes a project export makes of the annotation kinds: a top-level code per kind holding one code per value of
 * its main attribute (Position › urges, Commitment › pledge, Cross-reference › cites), and "Cross-reference targets"
 * holding one code per target cited (UNTOC, A/RES/74/247), so a QDA tool can count what is cited as well as how.
 * Each cross-reference selection is coded with both. GUIDs are derived from the kind and value, the same in every
 * export, so projects exported at different times merge in the tool. Colours are the reader's (annotation-scheme.css).
 */
export const KIND_CODES: Record<AnnotationKind, { name: string; attribute: string; values: readonly string[]; colour: string }> = {
  position: { name: "Position", attribute: "stance", values: STANCES, colour: "#0072b2" },
  commitment: { name: "Commitment", attribute: "strength", values: COMMITMENT_STRENGTHS, colour: "#007a5a" },
  "cross-reference": { name: "Cross-reference", attribute: "relation", values: CROSS_REFERENCE_RELATIONS, colour: "#b34700" },
};

export const kindGuid = (kind: AnnotationKind): string => derivedGuid(`kind:${kind}`);
/** Worked out once: every selection is coded with one. */
const VALUE_GUIDS = new Map(
  ANNOTATION_KINDS.flatMap((kind) => KIND_CODES[kind].values.map((v) => [`${kind}:${v}`, derivedGuid(`kind:${kind}:${v}`)])),
);
export const kindValueGuid = (kind: AnnotationKind, value: string): string =>
  VALUE_GUIDS.get(`${kind}:${value}`) ?? derivedGuid(`kind:${kind}:${value}`);
export const TARGETS_GROUP = { guid: derivedGuid("cross-reference-targets"), name: "Cross-reference targets" };

/** A cross-reference target as its code is named: white space folded, case kept (A/RES/74/247 is not a/res/74/247). */
export const targetName = (target: string): string => target.trim().replace(/\s+/g, " ");
export const targetGuid = (target: string): string => derivedGuid(`cross-reference-target:${targetName(target)}`);

/** The top-level codes Verbatim writes for the kinds: `readQdc` passes over them when a project's codebook is read. */
export const KIND_GROUP_GUIDS: ReadonlySet<string> = new Set([...ANNOTATION_KINDS.map(kindGuid), TARGETS_GROUP.guid]);

/** The value of the kind's main attribute, which names the code the selection is coded with. */
export function mainValue(tag: TaggedAttributes): string {
  if (tag.kind === "position") return tag.attributes.stance;
  if (tag.kind === "commitment") return tag.attributes.strength;
  return tag.attributes.relation;
}

const leaf = (guid: string, name: string, description: string | null, colour: string | null = null): CodeNode => ({
  guid,
  name,
  isCodable: true,
  colour,
  description,
  children: [],
});

/** The kind codes, every value of each kind included, and a code per distinct target (sorted, given already named). */
export function kindCodeNodes(targets: readonly string[]): CodeNode[] {
  const kinds = ANNOTATION_KINDS.map((kind): CodeNode => {
    const k = KIND_CODES[kind];
    return {
      guid: kindGuid(kind),
      name: k.name,
      isCodable: false,
      colour: k.colour,
      description: `Verbatim's ${k.name.toLowerCase()} annotations, by ${k.attribute}.`,
      children: k.values.map((v) => leaf(kindValueGuid(kind, v), v, `${k.name} with ${k.attribute} "${v}".`, k.colour)),
    };
  });
  if (targets.length === 0) return kinds;
  const children = targets.map((t) => leaf(targetGuid(t), t, null));
  const description = "What Verbatim's cross-references cite: treaties, resolutions, other statements.";
  return [...kinds, { guid: TARGETS_GROUP.guid, name: TARGETS_GROUP.name, isCodable: false, colour: null, description, children }];
}
