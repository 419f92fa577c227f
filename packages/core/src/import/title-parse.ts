import { findKnownGroup } from "../statements/known-groups.ts";
import { dateOnly, findDate } from "./date-hint.ts";
import { parsePlaceDate } from "./dateline.ts";
import { UN_BODY } from "./forum-line.ts";
import { parseOfficeAndName } from "./lead-in.ts";
import { normaliseText } from "./normalise-text.ts";
import { parseRoleLine } from "./role-line.ts";
import { HONORIFIC, onBehalfOfIn, parseSpeakerLine } from "./speaker-line.ts";
import type { MetadataHints } from "./types.ts";
import { parseVenueLine } from "./venue-line.ts";

export { parsePlaceDate } from "./dateline.ts";

/**
 * "Statement by …", "Remarks of …", "Explanation of Vote …", "Déclaration de …", "Intervención de …":
 * the words that open a statement's title.
 */
export const TITLE_START =
  /^(?:Joint\s+)?(?:(?:Opening|Closing|Introductory|Concluding|Keynote|Welcoming|Final)\s+)?(?:Statement|Remarks|Speech|Address|Intervention|Explanation of (?:Vote|Position)|Message|Briefing|Right of Reply|Presentation|Déclaration|Discours|Allocution|Explication de (?:vote|position)|Droit de réponse|Declaración|Intervención|Discurso|Palabras|Explicación de (?:voto|posición)|Derecho de réplica)s?(?=\s+(?:by|of|on|at|to|delivered|made|for|from|before|after|during|in|de|du|des|par|del|por|en|sur|sobre)\b|\s*[:\u2013\u2014-]|$)/iu;

/**
 * Who "by …" names: a person (speaker, with what follows about them), a UN office,
 * a known group, or a one-word country (delegation). `rest` runs from the name to the end.
 */
function whoHints(text: string, rest: string): MetadataHints {
  const who = text.replace(/^the\s+(?=\p{Lu})/u, "");
  if (HONORIFIC.test(`${who} `)) return parseSpeakerLine(rest.replace(/^the\s+(?=\p{Lu})/u, ""));
  const office = parseOfficeAndName(who);
  if (office) return office;
  const group = findKnownGroup(who);
  if (group) return { onBehalfOf: group.name };
  const delegation =
    /^(?:la\s+)?(?:[Dd]elegation|[Dd]elegación|[Dd]élégation) (?:of|de|du|del|de la)\s+(?:the\s+|la\s+|l[’'])?(\p{Lu}.{0,80})$/u.exec(who);
  if (delegation?.[1]) return { delegation: delegation[1] };
  const country = /^([\p{Lu}][\p{L}'’-]+)$/u.exec(who);
  return country?.[1] ? { delegation: country[1] } : {};
}

const BARE_BODY = new RegExp(`^${UN_BODY}$`, "u");
/** "… following the adoption of a UN Security Council Resolution …": the body that voted. */
const RESOLUTION_OF = new RegExp(`\\b(?:on|of|after|following)\\s+(?:a|the)\\s+(${UN_BODY})\\s+[Rr]esolution\\b`, "u");

/**
 * The forum: what the title says it was delivered at, before, during or to, without
 * the topic that follows a bare body ("UN Security Council on the Conclusion of …"),
 * an agenda item, or a date after a comma.
 */
function forumIn(title: string): string | undefined {
  for (const marker of ["at", "before|during", "to"]) {
    const found = new RegExp(String.raw`\s(?:${marker})\s+(?:(?:the|a|an)\s+)?(.+)$`, "u").exec(title);
    if (!found?.[1]) continue;
    let forum = found[1]
      .replace(/,?\s+(?:on\s+)?agenda item\b.*$/iu, "")
      .replace(/,\s*entitled\b.*$/iu, "")
      .replace(/\s+\(.*$/u, "");
    const date = findDate(forum);
    if (date && forum.endsWith(date.match)) forum = forum.slice(0, -date.match.length).replace(/,\s*$/u, "");
    const onThe = forum.indexOf(" on the ");
    if (onThe > 0 && BARE_BODY.test(forum.slice(0, onThe))) forum = forum.slice(0, onThe);
    return forum.trim();
  }
  return RESOLUTION_OF.exec(title)?.[1];
}

/** What a line under a title tells, when it is a date, a place, a venue or a role: read apart from the title. */
function trailingHints(line: string): MetadataHints | null {
  const date = dateOnly(line);
  if (date !== null) return { date };
  return parsePlaceDate(line) ?? parseVenueLine(line) ?? parseRoleLine(line);
}

/** Reads title, speaker, delegation, group, forum, place and date out of a title block. */
export function parseTitle(text: string): MetadataHints {
  const lines = text
    .split("\n")
    .map(normaliseText)
    .filter((line) => line !== "");
  const hints: MetadataHints = {};
  // Lines under the title that only give a date, a place or a role ("Security Council Chamber").
  const under: MetadataHints[] = [];
  for (let trailing = trailingHints(lines.at(-1) ?? ""); trailing && lines.length > 1; trailing = trailingHints(lines.at(-1) ?? "")) {
    under.unshift(trailing);
    lines.pop();
  }
  for (const found of under) Object.assign(hints, found);
  let title = lines.join(" ").replace(/\s*\[(?:en|fr|es|ar|ru|zh)\]$/u, "");
  const bracketed = /\s*\(([^()]{1,80})\)$/u.exec(title);
  const placeInBrackets = bracketed?.[1] ? parsePlaceDate(bracketed[1]) : null;
  if (bracketed && placeInBrackets) {
    Object.assign(hints, placeInBrackets);
    title = title.slice(0, bracketed.index);
  }
  const trailing = /,\s*([^,]+,\s*[^,]+)$/u.exec(title);
  const inline = trailing?.[1] ? parsePlaceDate(trailing[1]) : null;
  if (trailing && inline) {
    Object.assign(hints, inline);
    title = title.slice(0, trailing.index);
  }
  hints.title = title;
  const date = hints.date ?? findDate(title)?.iso;
  if (date) hints.date = date;

  const until = String.raw`(.+?)(?=\s+(?:at|to|before|during|in|on|after|under|AT|TO|ON)\s|,|$)`;
  const afterOpening = title.slice(TITLE_START.exec(title)?.[0].length ?? 0);
  const byMatch = new RegExp(String.raw`\b(?:by|BY|By)\s+${until}`, "u").exec(title);
  const source = byMatch ? title : afterOpening;
  const by = byMatch ?? new RegExp(String.raw`^\s+(?:of|de|del|par|por|OF)\s+${until}`, "u").exec(afterOpening);
  if (by?.[1]) Object.assign(hints, whoHints(by[1], source.slice(by.index + by[0].length - by[1].length)));
  const group = onBehalfOfIn(title);
  if (group) hints.onBehalfOf = group;
  const forum = forumIn(title);
  if (forum) hints.forum = forum;
  return hints;
}
