import { findKnownGroup } from "../statements/known-groups.ts";
import { dateOnly, findDate } from "./date-hint.ts";
import { normaliseText } from "./normalise-text.ts";
import { HONORIFIC, onBehalfOfIn, parseSpeakerLine } from "./speaker-line.ts";
import type { MetadataHints } from "./types.ts";

/** "Statement by …", "Remarks of …", "Explanation of Vote …": the words that open a statement's title. */
export const TITLE_START =
  /^(?:Joint\s+)?(?:(?:Opening|Closing|Introductory|Concluding|Keynote|Welcoming|Final)\s+)?(?:Statement|Remarks|Speech|Address|Intervention|Explanation of (?:Vote|Position)|Message|Briefing|Right of Reply|Presentation)s?(?=\s+(?:by|of|on|at|to|delivered|made|for|from|before|after|during|in)\b|\s*[:\u2013\u2014-]|$)/iu;

/**
 * "Vienna, 22-26 May 2023": a place before a comma, then only a date. A place
 * holds no comma, so only the first comma can end it: trying every comma read
 * the rest of the line once per comma.
 */
export function parsePlaceDate(line: string): { place: string; date: string } | null {
  const flat = normaliseText(line);
  const at = flat.indexOf(",");
  if (at <= 0) return null;
  const place = flat.slice(0, at).trim();
  if (!/^[\p{Lu}][\p{L}'’. -]*$/u.test(place) || place.split(" ").length > 5) return null;
  const date = dateOnly(flat.slice(at + 1));
  return date === null ? null : { place, date };
}

/**
 * Who "by …" names: a person (speaker, with what follows about them), a known
 * group, or a one-word country (delegation). `rest` runs from the name to the end.
 */
function whoHints(text: string, rest: string): MetadataHints {
  const who = text.replace(/^the\s+(?=\p{Lu})/u, "");
  if (HONORIFIC.test(`${who} `)) return parseSpeakerLine(rest.replace(/^the\s+(?=\p{Lu})/u, ""));
  const group = findKnownGroup(who);
  if (group) return { onBehalfOf: group.name };
  const country = /^(?:delegation of\s+(?:the\s+)?)?([\p{Lu}][\p{L}'’-]+)$/u.exec(who);
  return country?.[1] ? { delegation: country[1] } : {};
}

/** The forum: what the title says it was delivered at, before, during or to. */
function forumIn(title: string): string | undefined {
  for (const marker of ["at", "before|during", "to"]) {
    const found = new RegExp(String.raw`\s(?:${marker})\s+(?:the\s+)?(.+)$`, "u").exec(title);
    if (found?.[1]) return found[1];
  }
  return undefined;
}

/** Reads title, speaker, delegation, group, forum, place and date out of a title block. */
export function parseTitle(text: string): MetadataHints {
  const lines = text
    .split("\n")
    .map(normaliseText)
    .filter((line) => line !== "");
  const hints: MetadataHints = {};
  const last = lines.at(-1) ?? "";
  const placeDate = parsePlaceDate(last);
  if (placeDate && lines.length > 1) {
    Object.assign(hints, placeDate);
    lines.pop();
  } else if (dateOnly(last) !== null && lines.length > 1) {
    hints.date = dateOnly(last) ?? undefined;
    lines.pop();
  }
  let title = lines.join(" ");
  const trailing = /,\s*([^,]+,\s*[^,]+)$/u.exec(title);
  const inline = trailing?.[1] ? parsePlaceDate(trailing[1]) : null;
  if (trailing && inline) {
    Object.assign(hints, inline);
    title = title.slice(0, trailing.index);
  }
  hints.title = title;
  const date = hints.date ?? findDate(title)?.iso;
  if (date) hints.date = date;

  const until = String.raw`(.+?)(?=\s+(?:at|to|before|during|in|on|after|under)\s|,|$)`;
  const afterOpening = title.slice(TITLE_START.exec(title)?.[0].length ?? 0);
  const byMatch = new RegExp(String.raw`\bby\s+${until}`, "u").exec(title);
  const source = byMatch ? title : afterOpening;
  const by = byMatch ?? new RegExp(String.raw`^\s+of\s+${until}`, "u").exec(afterOpening);
  if (by?.[1]) Object.assign(hints, whoHints(by[1], source.slice(by.index + by[0].length - by[1].length)));
  const group = onBehalfOfIn(title);
  if (group) hints.onBehalfOf = group;
  const forum = forumIn(title);
  if (forum) hints.forum = forum;
  return hints;
}
