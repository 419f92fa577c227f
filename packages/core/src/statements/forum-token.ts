import { slugify } from "./slugify.ts";

/** UN bodies analysts name most, by acronym or full name. Specific ones first. */
const BODIES: { token: string; pattern: RegExp }[] = [
  { token: "ccpcj", pattern: /\bCCPCJ|Commission on Crime Prevention and Criminal Justice/iu },
  { token: "cnd", pattern: /\bCND\b|Commission on Narcotic Drugs/iu },
  { token: "cosp", pattern: /\bCoSP\b|Conference of the States Parties/iu },
  { token: "crime-congress", pattern: /Crime Congress|Congress on Crime Prevention/iu },
  { token: "ahc", pattern: /Ad Hoc Committee/iu },
  { token: "hrc", pattern: /\bHRC\b|Human Rights Council/iu },
  { token: "unsc", pattern: /\bUNSC\b|Security Council/iu },
  { token: "ecosoc", pattern: /\bECOSOC\b|Economic and Social Council/iu },
  { token: "unga", pattern: /\bUNGA\b|General Assembly/iu },
];

const MINOR = new Set(["a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "un", "united", "nations"]);

/** "32nd session", "session 32", "CCPCJ 32", "HRC54": the session number, if any. */
function sessionNumber(forum: string): string {
  const found =
    /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:regular\s+|special\s+|resumed\s+)?session\b/iu.exec(forum) ??
    /\bsession\s+(\d{1,3})\b/iu.exec(forum) ??
    /\b(?:CCPCJ|CND|HRC|UNGA|CoSP)[\s-]?(\d{1,3})\b/iu.exec(forum);
  return found?.[1] ?? "";
}

/** A known body's acronym with its session ("ccpcj32", "unsc"). */
export function knownForumToken(text: string): string | null {
  const body = BODIES.find(({ pattern }) => pattern.test(text));
  return body ? `${body.token}${sessionNumber(text)}` : null;
}

/**
 * A short slug token for a forum: a known body's acronym with its session, else
 * the first letters of the forum's significant words ("Open-ended Working Group" → oewg).
 */
export function forumToken(forum: string): string {
  const known = knownForumToken(forum);
  if (known) return known;
  const words = slugify(forum)
    .split("-")
    .filter((word) => word !== "" && !MINOR.has(word));
  if (words.length === 1) return (words[0] ?? "").slice(0, 12);
  return words
    .map((word) => (/^\d+$/u.test(word) ? word : word[0]))
    .join("")
    .slice(0, 8);
}
