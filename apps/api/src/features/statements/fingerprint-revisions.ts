import { textFingerprint } from "@verbatim/core";

/**
 * Fingerprints of stored revisions from their paragraphs' texts (a work task: thousands of old revisions are
 * hashed off the request thread). The same textFingerprint as an import's, so both sides compare alike.
 */
export function fingerprintRevisions(input: { revisions: { id: string; texts: string[] }[] }): { id: string; fingerprint: number[] }[] {
  return input.revisions.map(({ id, texts }) => ({
    id,
    fingerprint: textFingerprint(texts.map((text) => ({ kind: "paragraph" as const, text }))),
  }));
}
