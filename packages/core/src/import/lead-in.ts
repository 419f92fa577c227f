import { normaliseText } from "./normalise-text.ts";
import { HONORIFIC } from "./speaker-line.ts";
import type { MetadataHints } from "./types.ts";

/** Two capitalised words, perhaps with an initial or particle between: the name after an office. */
const NAME_AFTER_OFFICE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|de|da|van|von|al|bin|el|la))?\s+\p{Lu}[\p{L}'’-]+`;
const OFFICE = String.raw`(?:Deputy\s+|Under-|Assistant\s+)?Secretary-General(?:\s+for\s+[^,]{1,120}?)?|High Commissioner for [^,]{1,80}?|Special (?:Envoy|Representative|Adviser|Coordinator)(?: of the Secretary-General)?(?:\s+(?:for|on)\s+[^,]{1,100}?)?|Emergency Relief Coordinator|President of the [^,]{1,80}?`;
const OFFICE_AND_NAME = new RegExp(String.raw`^(?:(?:UN|United Nations)\s+)?(${OFFICE})(?:\s+(${NAME_AFTER_OFFICE}))?$`, "u");

/**
 * "Secretary-General António Guterres", "Under-Secretary-General for Political and Peacebuilding
 * Affairs Rosa Marin", "the Under-Secretary-General for Peace Operations": an office with perhaps a
 * name after it. Null when the words name no UN office.
 */
export function parseOfficeAndName(text: string): MetadataHints | null {
  const flat = normaliseText(text).replace(/^the\s+/iu, "");
  if (flat.length > 200) return null;
  const found = OFFICE_AND_NAME.exec(flat);
  if (!found?.[1]) return null;
  return found[2] ? { speaker: found[2], role: found[1] } : { role: found[1] };
}

const LEAD_IN = /^Following (?:is|are) (?:the )?(?:text of )?/iu;
const WHAT = /['’]s?\s+(?:opening |closing |video |keynote )?(?:remarks|statement|message|address|briefing|speech)\b/iu;

/**
 * A press release's lead-in: "Following are UN Secretary-General António Guterres' remarks
 * to the Security Council open debate on …, in New York today:".
 */
export function parseLeadIn(line: string): MetadataHints | null {
  const flat = normaliseText(line);
  const lead = LEAD_IN.exec(flat);
  if (!lead || flat.length > 400 || !flat.endsWith(":")) return null;
  const body = flat.slice(lead[0].length, -1);
  const what = WHAT.exec(body);
  if (!what) return null;
  const who = body.slice(0, what.index);
  const hints: MetadataHints = parseOfficeAndName(who) ?? { speaker: who };
  let after = body.slice(what.index + what[0].length);
  const place = /,\s+(?:as delivered\s+)?in\s+([\p{Lu}][\p{L} ]{1,40}?)(?:\s+(?:today|on\s.+))?$/u.exec(after);
  if (place?.[1]) {
    hints.place = place[1];
    after = after.slice(0, place.index);
  }
  const forum = /^\s+(?:to|at|before|for)\s+(?:the\s+)?(.+)$/u.exec(after);
  if (forum?.[1]) hints.forum = forum[1];
  return hints;
}

const COUNTRY_ADJECTIVE: Record<string, string> = {
  UK: "United Kingdom",
  "U.K.": "United Kingdom",
  US: "United States",
  "U.S.": "United States",
};

/**
 * A page's summary of who spoke: "UK Ambassador Barbara Woodward gave a statement at the UN
 * Security Council meeting on Ukraine."
 */
export function parseSummaryLine(line: string): MetadataHints | null {
  const flat = normaliseText(line);
  if (flat.length > 300) return null;
  const found =
    /^(?:(UK|U\.K\.|US|U\.S\.)\s+)?(.{3,100}?)\s+(?:gave|delivered|made)\s+(?:a|the|this|his|her)\s+(?:statement|speech|remarks|briefing|address)(?:\s+(?:at|to|in|before)\s+(?:the\s+)?([^.]{1,150}))?\.?$/u.exec(
      flat,
    );
  if (!found?.[2] || !HONORIFIC.test(`${found[2]} `)) return null;
  const hints: MetadataHints = { speaker: found[2] };
  const country = found[1] ? COUNTRY_ADJECTIVE[found[1]] : undefined;
  if (country) hints.delegation = country;
  if (found[3]) hints.forum = found[3];
  return hints;
}
