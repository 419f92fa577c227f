import type { ImportDuplicate } from "@verbatim/contract";

type WhoAndWhen = Pick<ImportDuplicate["statement"], "delegation" | "date">;

const whoAndWhenParts = (statement: WhoAndWhen): string[] =>
  [statement.delegation, statement.date].filter((part): part is string => part !== null && part !== "");

/** " (China, 2023-12-07)", from what the statement has of the two; empty when neither. */
export function whoAndWhen(statement: WhoAndWhen): string {
  const parts = whoAndWhenParts(statement);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/**
 * "96% of its paragraphs", rounded down so that only the same text reads 100%; an identical text says so instead.
 * "Its" is the import's: the share of its paragraphs found in the statement.
 */
export function matchShare(duplicate: Pick<ImportDuplicate, "verdict" | "share">): string {
  return duplicate.verdict === "identical" ? "the same paragraphs" : `${Math.floor(duplicate.share * 100)}% of its paragraphs`;
}

/** The notice above the choices: one match named, several counted (each then described beside its choice). */
export function matchSentence(duplicates: readonly ImportDuplicate[]): string {
  const [best] = duplicates;
  if (!best) return "";
  if (duplicates.length > 1) return `This text matches ${duplicates.length} statements already in the library.`;
  return `This text matches ${best.statement.title}${whoAndWhen(best.statement)}: ${matchShare(best)}.`;
}

/** Beside each of several matches: "China, 2023-12-07 — 96% of its paragraphs". */
export function optionDetail(duplicate: ImportDuplicate): string {
  const where = whoAndWhenParts(duplicate.statement).join(", ");
  return where ? `${where} — ${matchShare(duplicate)}` : matchShare(duplicate);
}
