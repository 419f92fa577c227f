import { dateOnly } from "./date-hint.ts";
import { parsePlaceDate } from "./dateline.ts";
import { parseForumLine } from "./forum-line.ts";
import { isCapitalLabel, parseHeaderNote } from "./header-notes.ts";
import { parseLeadIn, parseOfficeAndName, parseSummaryLine } from "./lead-in.ts";
import { isNameLine } from "./name-line.ts";
import { normaliseText } from "./normalise-text.ts";
import { parseRoleLine, roleIn } from "./role-line.ts";
import { isSalutation } from "./salutation.ts";
import { wordCount } from "./sentence.ts";
import { fromCapitals, HONORIFIC, parseSpeakerLine } from "./speaker-line.ts";
import { parseTitle, TITLE_START } from "./title-parse.ts";
import type { MetadataHints } from "./types.ts";
import { parseVenueLine } from "./venue-line.ts";

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

/** Labels whose value is a date, and labels whose value is not worth keeping (a page's publisher). */
const DATE_LABELS = new Set(["date", "published", "updated", "fecha"]);
const IGNORED_LABELS = new Set(["from", "de", "by", "tags", "topics", "part of"]);

/** A label alone on its line ("From:", "Published"), its value on the next: GOV.UK's definition lists. */
export const BARE_LABEL = /^(From|Published|Updated|Last updated|Date|Location|Venue|Speaker|Fecha)\s*:?$/iu;

/** The longest line read as a header line (a long title runs to about 400 characters). */
export const MAX_HEADER_LINE = 1_000;

/** Two sentences in one block mean running text, not a preamble line. */
export const holdsSentences = (flat: string): boolean => /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(flat);

function labelled(flat: string): MetadataHints | null {
  const found = /^([A-Za-z]+(?: updated)?)\s*:\s*(.+)$/u.exec(flat);
  const label = found?.[1]?.toLowerCase() ?? "";
  const value = found?.[2] ?? "";
  if (DATE_LABELS.has(label)) return dateOnly(value) === null ? null : { date: dateOnly(value) ?? undefined };
  if (IGNORED_LABELS.has(label)) return {};
  if (label === "original" || label === "language") {
    const code = LANGUAGES[value.toLowerCase()];
    return code ? { language: code } : {};
  }
  const key = LABELS[label];
  return key ? { [key]: value } : null;
}

/** "Mr. Daniel Osei", "Ms. Elena Petrova": a courtesy title and a name, nothing else. */
function isTitledName(flat: string): boolean {
  const found = /^(?:Mr\.?|Ms\.?|Mrs\.?|Mme\.?|M\.|Dr\.?|Sr\.|Sra\.)\s+(.+)$/u.exec(flat);
  return found?.[1] !== undefined && isNameLine(found[1]);
}

/** "Csaba Kőrösi, President of the 77th session of the General Assembly": a bare name, then an office. */
function nameAndRole(flat: string): MetadataHints | null {
  const comma = flat.indexOf(",");
  if (comma <= 0 || !isNameLine(flat.slice(0, comma))) return null;
  const role = roleIn(flat.slice(comma + 1));
  if (!role) return null;
  const hints: MetadataHints = { speaker: flat.slice(0, comma), role: role.role };
  if (role.delegation) hints.delegation = role.delegation;
  return hints;
}

/** "Permanent Mission of Brazil to the United Nations", "U.S. Mission to the UN", "Misión Permanente de Colombia ante …". */
function missionLine(flat: string): MetadataHints | null {
  const mission =
    /^(?:The\s+|La\s+)?(?:Permanent\s+)?(?:Mission|Delegation|Misión Permanente|Mission permanente|Délégation|Delegación) (?:of|de|du|de la|del) (?:the\s+)?(.+?)(?:\s+(?:to|ante|auprès)\s+.+)?$/u.exec(
      flat,
    );
  if (mission?.[1]) return { delegation: mission[1] };
  if (/^(?:U\.S\.|US)\s+Mission to\b/u.test(flat)) return { delegation: "United States" };
  if (/^(?:U\.K\.|UK)\s+Mission to\b/u.test(flat)) return { delegation: "United Kingdom" };
  return null;
}

/**
 * "Syrie Chimique - Intervention de M. X, représentant permanent … - Conseil de sécurité - 28 février 2017":
 * parts set apart by dashes, at least two of which are a date, a forum or a title, the others short.
 */
function dashedLine(flat: string): MetadataHints | null {
  const parts = flat.split(/\s+[-\u2013\u2014]\s+/u);
  if (parts.length < 3 || parts.length > 8) return null;
  let hints: MetadataHints = {};
  let known = 0;
  for (const part of parts) {
    const date = dateOnly(part);
    const found = date !== null ? { date } : (parseForumLine(part) ?? (TITLE_START.test(part) ? parseTitle(part) : null));
    if (found) {
      known += 1;
      hints = { ...found, ...hints };
    } else if (wordCount(part) > 6) return null;
  }
  if (known < 2) return null;
  // A title found inside the line is not the page's title: its speaker and delegation are what count.
  delete hints.title;
  return hints;
}

/**
 * What a line before the speech tells about it, or null when the line is speech:
 * a title, a date, a place and date, a venue, a role, a "delivered by" or speaker
 * line, a label line ("Speaker: …") or a note such as "Check against delivery".
 */
export function classifyPreambleLine(text: string): MetadataHints | null {
  // Measured before folding, so a long block is not folded only to be refused.
  if (text.length > MAX_HEADER_LINE * 4) return null;
  const flat = normaliseText(text);
  // "Mr. Daniel Osei" is a speaker line, though it opens like the salutation "Mr. President".
  if (isTitledName(flat)) return parseSpeakerLine(flat);
  // A header line is never long: a long one is speech, and is not read again by every shape below.
  if (flat === "" || flat.length > MAX_HEADER_LINE || isSalutation(flat) || holdsSentences(flat)) return null;
  const note = parseHeaderNote(flat);
  if (note) return note;
  const date = dateOnly(flat);
  if (date !== null) return { date };
  const placeDate = parsePlaceDate(flat);
  if (placeDate) return placeDate;
  const venue = parseVenueLine(flat);
  if (venue) return venue;
  const delivered = /^(?:(?:to be|as)\s+)?delivered by\s+(.+)$/iu.exec(flat);
  if (delivered?.[1]) return parseSpeakerLine(delivered[1]);
  const label = labelled(flat);
  if (label) return label;
  const told = parseLeadIn(flat) ?? parseSummaryLine(flat);
  if (told) return told;
  if (wordCount(flat) > 60) return null;
  if (TITLE_START.test(flat)) return parseTitle(text);
  const role = parseRoleLine(flat);
  if (role) return role.delegation ? { role: role.role, delegation: role.delegation } : { role: role.role };
  if (HONORIFIC.test(flat) && wordCount(flat) <= 30 && !/[.!?,:]$/u.test(flat.replace(/\b(?:a\.i|H\.E)\.$/u, "")))
    return parseSpeakerLine(flat);
  const person = nameAndRole(flat) ?? parseOfficeAndName(flat);
  if (person) return person;
  const mission = missionLine(flat);
  if (mission) return mission;
  const forum = parseForumLine(flat);
  if (forum) return forum;
  if (isCapitalLabel(flat) && !/^(?:BY|AT|ON)\s/u.test(flat)) return {};
  return dashedLine(flat);
}

/** A name alone ("Susan E. Rice"): a speaker only beside other preamble lines, so it is tried apart. */
export function nameLineHints(text: string): MetadataHints | null {
  const flat = normaliseText(text);
  return isNameLine(flat) ? { speaker: fromCapitals(flat) } : null;
}
