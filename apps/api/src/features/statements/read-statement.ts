import { StatementMetadataInput } from "@verbatim/contract";
import {
  assignCanonicalIds,
  type DroppedLine,
  type ImportFormat,
  type ImportResult,
  importStatement,
  textFingerprint,
} from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";

type HintField = keyof typeof StatementMetadataInput;

/** What an import makes of a text, before anything is stored: the preview, and the create's input. */
export interface ReadStatement {
  paragraphs: ReturnType<typeof assignCanonicalIds>["blocks"];
  nextParagraph: number;
  nextHeading: number;
  dropped: DroppedLine[];
  /** Hints that passed the same checks as the fields a user types. */
  metadata: Record<string, string>;
  /** The paragraphs' sorted hashes (core textFingerprint), stored with the revision for the duplicate check. */
  fingerprint: number[];
  /** The page each paragraph starts on, for a PDF: the preview shows it; the statement does not keep it. */
  pages?: (number | undefined)[];
}

/**
 * Hints read from front matter or a preamble are held to the rules of the request's own fields: a `source:` that is
 * not an http(s) URL, or a `language:` that is not a BCP 47 tag, is left out and listed among the dropped lines.
 */
function checkedHints(hints: Record<string, string | undefined>): { metadata: Record<string, string>; refused: DroppedLine[] } {
  const metadata: Record<string, string> = {};
  const refused: DroppedLine[] = [];
  for (const [field, value] of Object.entries(hints)) {
    if (value === undefined) continue;
    const schema = StatementMetadataInput[field as HintField];
    if (!schema) {
      metadata[field] = value;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success && typeof parsed.data === "string") metadata[field] = parsed.data;
    else refused.push({ text: `${field}: ${value}`, reason: "invalid-metadata" });
  }
  return { metadata, refused };
}

/** Reads a text into canonical paragraphs and checked metadata hints. CPU-bound: runs in the work pool. */
export function readStatement(input: { content: string; format: ImportFormat }): ReadStatement {
  return finishReading(importStatement(input.content, input.format));
}

/** A reading (edited or not) as the statement to store: canonical IDs, checked hints, the fingerprint. */
export function finishReading(imported: ImportResult): ReadStatement {
  if (!imported.blocks.some((b) => b.kind === "paragraph")) {
    throw new AppError("invalid_content", "the text holds no paragraphs to import", { dropped: imported.dropped });
  }
  const { blocks, nextParagraph, nextHeading } = assignCanonicalIds(imported.blocks);
  const hints = checkedHints(imported.metadata as Record<string, string | undefined>);
  return {
    paragraphs: blocks,
    nextParagraph,
    nextHeading,
    dropped: [...imported.dropped, ...hints.refused],
    metadata: hints.metadata,
    fingerprint: textFingerprint(blocks),
    ...(imported.blocks.some((b) => b.page !== undefined) ? { pages: imported.blocks.map((b) => b.page) } : {}),
  };
}
