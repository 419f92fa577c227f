import { Parser } from "htmlparser2";
import { err, ok, type Result } from "../../model/result.ts";
import { readCodeDescription } from "./code-description.ts";
import { GROUPS } from "./code-tree.ts";
import { derivedGuid, isGuid } from "./guid.ts";
import { KIND_GROUP_GUIDS } from "./kind-codes.ts";
import type { CodeType } from "./types.ts";

export const MAX_QDC_CHARS = 10_000_000;
export const MAX_QDC_CODES = 10_000;
/** Codes nested deeper than this are refused; a real codebook has a handful of levels. */
export const MAX_QDC_DEPTH = 32;
/** Any element nested deeper than this: the parser's own stack costs time in its depth on every tag. */
const MAX_ELEMENT_DEPTH = 256;
/** Written to the parser in pieces, so that it stops soon after a limit is passed. */
const CHUNK = 4096;

/** A code read from a REFI-QDA codebook, in document order (a parent before its children). */
export interface ImportedCode {
  guid: string;
  name: string;
  parentGuid: string | null;
  /** The Description as written; `definition`, `guidance` and `deprecated` are read from it (code-description.ts). */
  description: string | null;
  definition: string | null;
  guidance: { use?: string; avoid?: string };
  deprecated: boolean;
  /** "#rrggbb", lower case; null when absent or not a colour. */
  colour: string | null;
  type: CodeType;
}

export type QdcErrorCode = "too_large" | "not_a_codebook" | "too_many_codes" | "too_deep" | "invalid_code";
export interface QdcError {
  code: QdcErrorCode;
  message: string;
}

const localName = (name: string) => name.slice(name.lastIndexOf(":") + 1).toLowerCase();

function colourOf(raw: string | undefined): string | null {
  const m = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(raw?.trim() ?? "");
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `#${hex.toLowerCase()}`;
}

/** The type a top-level grouping stands for, by Verbatim's GUID or by name ("Topics", "Labels"), else null. */
function groupType(guid: string, name: string): CodeType | null {
  for (const type of ["topic", "label"] as const) {
    if (guid === GROUPS[type].guid || name.toLowerCase() === GROUPS[type].name.toLowerCase()) return type;
  }
  return null;
}

interface Frame {
  /** null for a grouping or a passed-over code, which are not returned. */
  code: ImportedCode | null;
  /** The GUID its children name as parent (null under a grouping). */
  childParent: string | null;
  type: CodeType;
  skip: boolean;
  depth: number;
}

/**
 * Reads the codes of a REFI-QDA codebook (`.qdc`, or the CodeBook of a `project.qde`) as ATLAS.ti, MAXQDA, NVivo,
 * QualCoder or Verbatim write it: any namespace prefix or none, colours or none, codes nested. Verbatim's "Topics"
 * and "Labels" groupings give their codes' type and are not returned themselves; every other top-level code, and all
 * below it, becomes a label (another tool has no topics, and labels are the free vocabulary); Verbatim's kind codes
 * (Position › urges…, Cross-reference targets) are passed over, as they are not codebook codes. A missing or
 * malformed GUID is derived from the code's place, as is a repeated one. htmlparser2 reads leniently: a file that is
 * not well-formed is read as far as its tags go. Bounded: MAX_QDC_CHARS, MAX_QDC_CODES, MAX_QDC_DEPTH; DTD entities
 * are never expanded.
 */
export function readQdc(xml: string): Result<ImportedCode[], QdcError> {
  if (xml.length > MAX_QDC_CHARS) return err({ code: "too_large", message: `A codebook holds at most ${MAX_QDC_CHARS} characters.` });
  const codes: ImportedCode[] = [];
  const seen = new Set<string>();
  const elements: { name: string; frame: boolean }[] = [];
  const frames: Frame[] = [];
  let codebooks = 0;
  let description: { code: ImportedCode; text: string } | null = null;
  let failure: QdcError | null = null;
  const fail = (code: QdcErrorCode, message: string): false => {
    failure ??= { code, message };
    return false;
  };
  const push = (frame: Frame) => frames.push(frame) > 0;

  /** Opens a code's frame; false when it is refused. */
  const openCode = (attrs: Record<string, string>): boolean => {
    const parent = frames.at(-1);
    const name = (attrs.name ?? "").trim();
    if (!name) return fail("invalid_code", `A code has no name (after ${codes.length} codes).`);
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > MAX_QDC_DEPTH) return fail("too_deep", `Codes are nested more than ${MAX_QDC_DEPTH} levels deep.`);
    const raw = (attrs.guid ?? "").trim();
    let guid = isGuid(raw) ? raw.replace(/[{}]/g, "").toLowerCase() : derivedGuid(`imported:${codes.length}:${name}`);
    if (!parent) {
      const type = groupType(guid, name);
      const skip = KIND_GROUP_GUIDS.has(guid);
      if (type || skip) return push({ code: null, childParent: null, type: type ?? "label", skip, depth });
    }
    if (parent?.skip) return push({ code: null, childParent: null, type: parent.type, skip: true, depth });
    if (codes.length >= MAX_QDC_CODES) return fail("too_many_codes", `A codebook holds at most ${MAX_QDC_CODES} codes.`);
    if (seen.has(guid)) guid = derivedGuid(`imported:${codes.length}:${guid}`);
    seen.add(guid);
    const code: ImportedCode = {
      guid,
      name,
      parentGuid: parent?.childParent ?? null,
      description: null,
      ...readCodeDescription(null),
      colour: colourOf(attrs.color ?? attrs.colour),
      type: parent?.type ?? "label",
    };
    codes.push(code);
    return push({ code, childParent: guid, type: code.type, skip: false, depth });
  };

  const parser = new Parser(
    {
      onopentag(rawName, attrs) {
        if (failure) return;
        const name = localName(rawName);
        const parent = elements.at(-1);
        const element = { name, frame: false };
        elements.push(element);
        if (elements.length > MAX_ELEMENT_DEPTH) fail("too_deep", `Elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep.`);
        else if (name === "codebook") codebooks++;
        else if (name === "code" && codebooks === 1 && (parent?.frame || parent?.name === "codes")) element.frame = openCode(attrs);
        else if (name === "description" && parent?.frame && frames.at(-1)?.code) description = { code: frames.at(-1)!.code!, text: "" };
      },
      ontext(text) {
        if (description) description.text += text;
      },
      onclosetag() {
        if (failure) return;
        const element = elements.pop();
        if (element?.frame) frames.pop();
        if (element?.name === "description" && description) {
          const text = description.text.trim() || null;
          Object.assign(description.code, { description: text, ...readCodeDescription(text) });
          description = null;
        }
      },
    },
    { xmlMode: true },
  );
  for (let at = 0; at < xml.length && !failure; at += CHUNK) parser.write(xml.slice(at, at + CHUNK));
  if (!failure) parser.end();
  if (failure) return err(failure);
  if (codebooks === 0) return err({ code: "not_a_codebook", message: "No REFI-QDA CodeBook element was found." });
  return ok(codes);
}
