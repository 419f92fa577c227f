import type { CodebookCode } from "./types.ts";

/**
 * A code's definition and guidance as the one free text REFI-QDA gives a code (its Description), in a form a
 * person reads in ATLAS.ti or MAXQDA and that `readCodeDescription` takes apart again:
 *
 *   [deprecated] The definition.
 *
 *   Use when: …
 *
 *   Avoid when: …
 *
 * The format has no status, so a deprecated code is kept (annotations may still use it) and says so in its first
 * word. A "new" code (made while tagging, awaiting review) travels as an ordinary one.
 */
export const DEPRECATED_MARK = "[deprecated]";
const USE = "Use when: ";
const AVOID = "Avoid when: ";

export function describeCode(code: Pick<CodebookCode, "definition" | "guidance" | "status">): string | null {
  const parts = [code.definition?.trim() || null, code.guidance?.use?.trim() ? USE + code.guidance.use.trim() : null];
  parts.push(code.guidance?.avoid?.trim() ? AVOID + code.guidance.avoid.trim() : null);
  const text = parts.filter((p): p is string => p !== null).join("\n\n");
  if (code.status !== "deprecated") return text || null;
  return text ? `${DEPRECATED_MARK} ${text}` : DEPRECATED_MARK;
}

/** The last section of `text` that starts with `label`, and what comes before it. */
function takeLast(text: string, label: string): [rest: string, value: string | undefined] {
  if (text.startsWith(label) && !text.includes(`\n\n${label}`)) return ["", text.slice(label.length)];
  const at = text.lastIndexOf(`\n\n${label}`);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 2 + label.length)];
}

export interface ReadDescription {
  definition: string | null;
  guidance: { use?: string; avoid?: string };
  deprecated: boolean;
}

/** Takes apart a description written by `describeCode`; another tool's description is all definition. */
export function readCodeDescription(description: string | null): ReadDescription {
  let text = (description ?? "").trim();
  const deprecated = text === DEPRECATED_MARK || text.startsWith(`${DEPRECATED_MARK} `);
  if (deprecated) text = text.slice(DEPRECATED_MARK.length).trim();
  const [beforeAvoid, avoid] = takeLast(text, AVOID);
  const [rest, use] = takeLast(beforeAvoid, USE);
  const guidance: ReadDescription["guidance"] = {};
  if (use?.trim()) guidance.use = use.trim();
  if (avoid?.trim()) guidance.avoid = avoid.trim();
  return { definition: rest.trim() || null, guidance, deprecated };
}
