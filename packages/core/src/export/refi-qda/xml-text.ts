/**
 * Text for XML 1.0 files. XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even as character
 * references, so they are dropped rather than escaped (a file holding one is not well-formed, and every QDA tool
 * would refuse it). One pass over the string, no backtracking.
 */
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export const stripXmlForbidden = (s: string): string => s.replace(FORBIDDEN, "");

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;" };

/** Element content: `&`, `<`, `>` escaped, and CR kept as a reference (a parser would turn a raw one into LF). */
export const xmlText = (s: string): string => stripXmlForbidden(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);

/** An attribute value in double quotes: quotes escaped too, and tab and line ends as references, which survive attribute normalisation. */
export const xmlAttr = (s: string): string => stripXmlForbidden(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
