import { codeTree } from "./code-tree.ts";
import type { CodebookCode } from "./types.ts";
import { writeCodes } from "./write-codes.ts";

export const CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

/**
 * The workspace codebook as a REFI-QDA codebook (`.qdc`, Codebook.xsd): two top-level grouping codes, "Topics" and
 * "Labels" (not codable), holding the codes of each type in their hierarchy, each with its colour and its
 * definition and guidance as its Description. Deprecated codes are kept, since annotations may still use them,
 * with "[deprecated]" starting their Description (code-description.ts): the format has no status.
 */
export function codebookToQdc(codes: readonly CodebookCode[]): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<CodeBook xmlns="${CODEBOOK_NS}" origin="Verbatim">`,
    `  <Codes>`,
    ...writeCodes([codeTree(codes, "topic"), codeTree(codes, "label")], 2),
    `  </Codes>`,
    `</CodeBook>`,
  ];
  return `${lines.join("\n")}\n`;
}
