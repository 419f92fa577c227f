import { dateOnly } from "./date-hint.ts";
import { normaliseText } from "./normalise-text.ts";
import { isSalutation } from "./salutation.ts";
import { wordCount } from "./sentence.ts";
import { HONORIFIC, parseSpeakerLine } from "./speaker-line.ts";
import { parsePlaceDate, parseTitle, TITLE_START } from "./title-parse.ts";
import type { MetadataHints } from "./types.ts";

const LANGUAGES: Record<string, string> = { english: "en", french: "fr", spanish: "es", russian: "ru", arabic: "ar", chinese: "zh" };

const LABELS: Record<string, keyof MetadataHints> = {
  speaker: "speaker",
  delegation: "delegation",
  forum: "forum",
  meeting: "forum",
  venue: "place",
  place: "place",
  location: "place",
  title: "title",
  source: "sourceUrl",
  url: "sourceUrl",
};

/** Two sentences in one block mean running text, not a preamble line. */
const holdsSentences = (flat: string): boolean => /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(flat);

function labelled(flat: string): MetadataHints | null {
  const found = /^([A-Za-z]+)\s*:\s*(.+)$/u.exec(flat);
  const label = found?.[1]?.toLowerCase() ?? "";
  const value = found?.[2] ?? "";
  if (label === "date") return dateOnly(value) === null ? null : { date: dateOnly(value) ?? undefined };
  if (label === "original" || label === "language") {
    const code = LANGUAGES[value.toLowerCase()];
    return code ? { language: code } : {};
  }
  const key = LABELS[label];
  return key ? { [key]: value } : null;
}

/**
 * What a line before the speech tells about it, or null when the line is speech:
 * a title, a date, a place and date, a "delivered by" or speaker line, a label line
 * ("Speaker: …") or a note such as "Check against delivery".
 */
export function classifyPreambleLine(text: string): MetadataHints | null {
  const flat = normaliseText(text);
  if (flat === "" || isSalutation(flat) || holdsSentences(flat)) return null;
  const date = dateOnly(flat);
  if (date !== null) return { date };
  const placeDate = parsePlaceDate(flat);
  if (placeDate) return placeDate;
  if (/^(?:check against delivery|as delivered|unofficial translation|embargoed\b.*)\.?$/iu.test(flat)) return {};
  const delivered = /^(?:(?:to be|as)\s+)?delivered by\s+(.+)$/iu.exec(flat);
  if (delivered?.[1]) return parseSpeakerLine(delivered[1]);
  const label = labelled(flat);
  if (label) return label;
  if (wordCount(flat) > 60) return null;
  if (TITLE_START.test(flat)) return parseTitle(text);
  if (HONORIFIC.test(flat) && wordCount(flat) <= 30 && !/[.!?]$/u.test(flat.replace(/\b(?:a\.i|H\.E)\.$/u, "")))
    return parseSpeakerLine(flat);
  const mission = /^(?:The\s+)?(?:Permanent\s+)?(?:Mission|Delegation) of (?:the\s+)?(.+?)(?:\s+to\s+.+)?$/u.exec(flat);
  return mission?.[1] ? { delegation: mission[1] } : null;
}
