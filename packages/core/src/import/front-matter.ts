import { parse } from "yaml";
import { findDate } from "./date-hint.ts";
import { withinFrontMatterLimits } from "./front-matter-limits.ts";
import { normaliseText } from "./normalise-text.ts";
import type { DroppedLine, MetadataHints } from "./types.ts";

/** The fields front matter may give as free text (a delivery note is only read from the text). */
const KEYS: Record<string, Exclude<keyof MetadataHints, "delivery">> = {
  title: "title",
  speaker: "speaker",
  delegation: "delegation",
  onbehalfof: "onBehalfOf",
  forum: "forum",
  place: "place",
  location: "place",
  venue: "place",
  date: "date",
  language: "language",
  lang: "language",
  sourceurl: "sourceUrl",
  source: "sourceUrl",
  url: "sourceUrl",
};

function asText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" || typeof value === "number") return normaliseText(String(value));
  return null;
}

/** The YAML's value, or null when it is not valid YAML or too large or deep to read (its lines are then kept in `dropped`). */
function parseYaml(source: string): unknown {
  if (!withinFrontMatterLimits(source)) return null;
  try {
    // Warnings would go to the process log, each quoting the text; errors still throw.
    return parse(source, { logLevel: "error" });
  } catch {
    return null; // Not valid YAML: its lines are still kept in `dropped`, nothing is read from them.
  }
}

/**
 * Reads a YAML front matter block into metadata; every line of it is recorded as dropped, as read or, when it is
 * not valid YAML or too large to read, as unread.
 */
export function readFrontMatter(source: string): { metadata: MetadataHints; dropped: DroppedLine[] } {
  const data = parseYaml(source);
  const read = data !== null && typeof data === "object" && !Array.isArray(data);
  const dropped = source
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line): DroppedLine => ({ text: line.trim(), reason: read ? "front-matter" : "unread-front-matter" }));
  const metadata: MetadataHints = {};
  if (!read) return { metadata, dropped };
  for (const [key, value] of Object.entries(data)) {
    const field = KEYS[key.toLowerCase().replace(/[-_\s]/gu, "")];
    const text = asText(value);
    if (!field || !text || metadata[field]) continue;
    if (field === "date") {
      const iso = findDate(text)?.iso;
      if (iso) metadata.date = iso;
    } else metadata[field] = text;
  }
  return { metadata, dropped };
}

/** Splits "---\n…\n---" off the start of a plain text, if it is there. */
export function splitFrontMatter(content: string): { yaml: string | null; body: string } {
  const found = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(content);
  if (!found?.[1]) return { yaml: null, body: content };
  const data = parseYaml(found[1]);
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { yaml: null, body: content };
  return { yaml: found[1], body: content.slice(found[0].length) };
}
