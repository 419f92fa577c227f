import type { PlacementItem } from "@verbatim/contract";
import type { AnnotationView, TextQuote } from "@verbatim/core";
import type { RevisionBlock } from "./placements-sql.ts";

type Was = PlacementItem["was"];
type Now = NonNullable<PlacementItem["now"]>;

/** The revision whose text shows where a waiting annotation's words were. */
export const wasRevision = (a: AnnotationView): number =>
  a.anchor?.state === "fuzzy" ? Math.max(1, a.anchor.revision - 1) : (a.anchor?.revision ?? a.revision);

/**
 * Where the words were. An orphan keeps its target in that revision, so its paragraph is known. A fuzzy one only
 * keeps the quote it had (previousQuote): its paragraph is the one of the revision before that holds the quote with
 * its context, or failing that the quote alone; else only the quote is shown.
 */
export function wasContext(a: AnnotationView, blocks: readonly RevisionBlock[]): Was {
  const revision = wasRevision(a);
  if (a.anchor?.state !== "fuzzy") {
    const block = blocks.find((b) => b.id === a.target.paragraphId);
    if (!block) return unknownPlace(revision, a.quote);
    const end = a.target.endParagraphId && a.target.endParagraphId !== a.target.paragraphId ? block.text.length : a.target.end;
    return { revision, quote: a.quote, paragraphId: block.id, number: block.number, text: block.text, start: a.target.start, end };
  }
  const quote = a.anchor.previousQuote ?? a.quote;
  const found = findQuote(blocks, quote);
  if (!found) return unknownPlace(revision, quote);
  const { block, start } = found;
  return { revision, quote, paragraphId: block.id, number: block.number, text: block.text, start, end: start + quote.exact.length };
}

const unknownPlace = (revision: number, quote: TextQuote): Was => ({
  revision,
  quote,
  paragraphId: null,
  number: null,
  text: null,
  start: null,
  end: null,
});

function findQuote(blocks: readonly RevisionBlock[], q: TextQuote): { block: RevisionBlock; start: number } | null {
  if (q.exact === "") return null;
  const withContext = q.prefix + q.exact + q.suffix;
  for (const block of blocks) {
    const at = block.text.indexOf(withContext);
    if (at >= 0) return { block, start: at + q.prefix.length };
  }
  for (const block of blocks) {
    const at = block.text.indexOf(q.exact);
    if (at >= 0) return { block, start: at };
  }
  return null;
}

/**
 * The current paragraph to show beside it. A fuzzy annotation is in the current revision: its paragraph, with the
 * proposed words marked. An orphan's paragraph may be gone: then the nearest one before it in its old revision that
 * survived (after it, for the first paragraph), as the place to look for new words.
 */
export function nowContext(a: AnnotationView, current: readonly RevisionBlock[], old: readonly RevisionBlock[]): Now | undefined {
  const byId = new Map(current.map((b) => [b.id, b]));
  const own = byId.get(a.target.paragraphId);
  if (a.anchor?.state === "fuzzy") {
    if (!own) return undefined;
    const end = a.target.endParagraphId && a.target.endParagraphId !== a.target.paragraphId ? own.text.length : a.target.end;
    return { ...paragraph(own), start: a.target.start, end };
  }
  if (own) return paragraph(own);
  const at = old.findIndex((b) => b.id === a.target.paragraphId);
  const before = old.slice(0, Math.max(at, 0)).reverse();
  const after = at >= 0 ? old.slice(at + 1) : [];
  const survivor = [...before, ...after].find((b) => byId.has(b.id));
  const block = survivor ? byId.get(survivor.id) : current[0];
  return block && paragraph(block);
}

const paragraph = (b: RevisionBlock) => ({ paragraphId: b.id, number: b.number, text: b.text });
