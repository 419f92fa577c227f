import type { RootContent } from "mdast";

/**
 * A top-level block that a part may be cut inside: fenced code, an HTML block of
 * CommonMark's kinds 1–5 (<script>, <pre>, <style>, <textarea>, comments,
 * processing instructions, declarations, CDATA), which blank lines do not end, or
 * one of kinds 6–7, which only a blank line ends. Markdown is never cut inside one:
 * parseMarkdownParts finds one left open at the end of a part in the parsed nodes.
 */
export interface OpenLeaf {
  /** Whether a later line closes it. */
  closedBy: (line: string) => boolean;
}

const HTML_LEAVES: { start: RegExp; end: RegExp }[] = [
  { start: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/iu, end: /<\/(?:script|pre|style|textarea)>/iu },
  { start: /^ {0,3}<!--/u, end: /-->/u },
  { start: /^ {0,3}<\?/u, end: /\?>/u },
  { start: /^ {0,3}<![A-Za-z]/u, end: />/u },
  { start: /^ {0,3}<!\[CDATA\[/u, end: /\]\]>/u },
];

const FENCE = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/u;

function fenceLeaf(line: string): OpenLeaf | null {
  const found = FENCE.exec(line);
  const fence = found?.[1] ?? found?.[2];
  if (fence === undefined) return null;
  const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`, "u");
  return { closedBy: (next) => close.test(next) };
}

function htmlLeaf(line: string): OpenLeaf | null {
  const kind = HTML_LEAVES.find(({ start }) => start.test(line));
  if (kind === undefined) return null;
  const opener = kind.start.exec(line)?.[0].length ?? 0;
  // The end may stand on the opening line itself, after the opener.
  if (kind.end.test(line.slice(opener))) return null;
  return { closedBy: (next) => kind.end.test(next) };
}

const endsAtBlank: OpenLeaf = { closedBy: (line) => /^[ \t]*$/u.test(line) };

/**
 * The last top-level node of a part, when it is fenced code or an HTML block that
 * never closed: the part was cut inside it, so it must run on into the next.
 * `cutAtBlank`: the part ends with a blank line, which closes HTML of kinds 6–7.
 */
export function unclosedLeafAtEnd(
  nodes: readonly RootContent[],
  source: string,
  cutAtBlank = true,
): { line: number; leaf: OpenLeaf } | null {
  const last = nodes.at(-1);
  const start = last?.position?.start;
  const end = last?.position?.end;
  if (!last || !start || !end || (last.type !== "code" && last.type !== "html")) return null;
  const lines = source.slice(start.offset ?? 0, end.offset ?? 0).split("\n");
  const first = lines[0] ?? "";
  if (last.type === "html" && !HTML_LEAVES.some(({ start: opener }) => opener.test(first))) {
    return cutAtBlank ? null : { line: start.line - 1, leaf: endsAtBlank };
  }
  const leaf = last.type === "code" ? fenceLeaf(first) : htmlLeaf(first);
  if (leaf === null) return null;
  const closed = lines.length > 1 && leaf.closedBy(lines.at(-1) ?? "");
  return closed ? null : { line: start.line - 1, leaf };
}
