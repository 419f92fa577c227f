import { isHttpUrl } from "../references/http-url.ts";
import { formatStatementParagraphRef, parseStatementParagraphRef } from "../references/statement-paragraph-ref.ts";
import { isUnDocumentSymbol } from "../references/un-symbol.ts";
import { trimBaseUrl, UNDOCS_BASE } from "./vocabulary.ts";

export const statementIri = (baseUrl: string, slug: string): string => `${trimBaseUrl(baseUrl)}/s/${encodeURIComponent(slug)}`;
/** One revision of a statement in the reader (`…/s/SLUG?revision=2`): what an orphan's target is in. */
export const statementRevisionIri = (baseUrl: string, slug: string, revision: number): string =>
  `${statementIri(baseUrl, slug)}?revision=${revision}`;
export const instrumentIri = (baseUrl: string, key: string): string => `${trimBaseUrl(baseUrl)}/api/instruments/${encodeURIComponent(key)}`;
export const undocsIri = (symbol: string): string => UNDOCS_BASE + encodeURI(symbol.replace(/ \((\d{4})\)$/, "($1)"));

/**
 * The IRI a cross-reference target links to: a registry key → the instrument resource, a statement
 * paragraph → the reader's deep link, a URL → itself, any other UN symbol → undocs.org. Without a
 * registry, a key-shaped target is taken for an instrument key. Null when the target is none of these.
 */
export function crossReferenceIri(target: string, baseUrl: string, instrumentKeys?: ReadonlySet<string>): string | null {
  if (instrumentKeys?.has(target)) return instrumentIri(baseUrl, target);
  const ref = parseStatementParagraphRef(target);
  if (ref) return `${statementIri(baseUrl, ref.slug)}#${ref.paragraphId}`;
  if (isHttpUrl(target)) return new URL(target).href;
  if (isUnDocumentSymbol(target)) return undocsIri(target);
  if (instrumentKeys === undefined && /^[A-Z0-9][A-Z0-9/().\- ]*$/.test(target)) return instrumentIri(baseUrl, target);
  return null;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function symbolFromUndocs(path: string): string | null {
  const decoded = safeDecode(path.replace(/^(?:ar|en|es|fr|ru|zh)\//, ""));
  if (decoded === null) return null;
  return isUnDocumentSymbol(decoded) ? decoded.replace(/^(S\/RES\/\d+)\((\d{4})\)$/, "$1 ($2)") : null;
}

/** Reads a linking body's IRI back into a cross-reference target (the inverse of crossReferenceIri). */
export function crossReferenceFromIri(iri: string, baseUrl: string | null): string {
  if (iri.startsWith(UNDOCS_BASE)) {
    const symbol = symbolFromUndocs(iri.slice(UNDOCS_BASE.length));
    if (symbol) return symbol;
  }
  if (baseUrl) {
    const base = trimBaseUrl(baseUrl);
    const instrument = iri.startsWith(`${base}/api/instruments/`) ? safeDecode(iri.slice(`${base}/api/instruments/`.length)) : null;
    if (instrument) return instrument;
    const paragraph = new RegExp(`^${escapeRegExp(base)}/s/([^/?#]+)#([^#]+)$`).exec(iri);
    const slug = paragraph?.[1] ? safeDecode(paragraph[1]) : null;
    const ref = slug && paragraph?.[2] ? parseStatementParagraphRef(`${slug}#${paragraph[2]}`) : null;
    if (ref) return formatStatementParagraphRef(ref);
  }
  return iri;
}

/** The slug of a statement reader IRI (…/s/SLUG, with or without a fragment or a `?revision=N`) under `baseUrl`. */
export function statementSlugFromIri(iri: string, baseUrl: string): string | null {
  const m = new RegExp(`^${escapeRegExp(trimBaseUrl(baseUrl))}/s/([^/?#]+)(?:\\?revision=\\d+)?(?:#.*)?$`).exec(iri);
  return m?.[1] ? safeDecode(m[1]) : null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
