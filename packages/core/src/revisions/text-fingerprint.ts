import type { ImportedBlock } from "../import/types.ts";
import { comparisonKey } from "./comparison-key.ts";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const utf8 = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of a string: small, fast and the same in every runtime (and in SQL). */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
  return hash;
}

/**
 * A statement's paragraphs as the sorted hashes of their comparison keys (repeats kept): cheap to
 * store beside a statement, and enough to tell whether an import repeats it (compareFingerprints).
 */
export function textFingerprint(blocks: readonly Pick<ImportedBlock, "kind" | "text">[]): number[] {
  return blocks
    .filter((block) => block.kind === "paragraph")
    .map((block) => fnv1a32(comparisonKey(block.text)))
    .sort((a, b) => a - b);
}
