import { forumToken, knownForumToken } from "./forum-token.ts";
import { findKnownGroup } from "./known-groups.ts";
import { slugify } from "./slugify.ts";

export interface SlugMetadata {
  title: string;
  date?: string | null;
  forum?: string | null;
  delegation?: string | null;
  onBehalfOf?: string | null;
}

const MAX_LENGTH = 80;
const TITLE_WORDS = 6;
const STOP_WORDS = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with"]);
/** Words that open a title or address a person: they tell statements apart least. */
const TITLE_NOISE = new Set([
  ...["statement", "remarks", "speech", "address", "intervention", "joint", "opening", "closing", "delivered"],
  ...["ambassador", "h", "e", "mr", "ms", "mrs", "dr", "prof", "his", "her", "excellency"],
]);

/** Cuts a slug to `max` characters at a hyphen where one is near, never leaving one at the end. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf("-");
  return (at > max / 2 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/u, "");
}

/** Who speaks: a known group by its abbreviation, else the group's or delegation's own name. */
function speakerToken(meta: SlugMetadata): string {
  for (const name of [meta.onBehalfOf, meta.delegation]) {
    if (!name) continue;
    return findKnownGroup(name)?.slug ?? slugify(name);
  }
  return "";
}

const words = (text: string, skip: ReadonlySet<string>): string[] =>
  slugify(text)
    .split("-")
    .filter((word) => word !== "" && !STOP_WORDS.has(word) && !skip.has(word));

/** The title's telling words: who speaks when the title names them before the forum ("… by X at the …"). */
function titleToken(title: string): string {
  const who = words(title.split(/\s(?:at|to|before|during)\s/u)[0] ?? "", TITLE_NOISE);
  return (who.length > 0 ? who : words(title, new Set())).slice(0, TITLE_WORDS).join("-");
}

/**
 * A readable slug such as `2023-12-07-unsc-china` or `2023-05-22-ccpcj32-apg`:
 * the ISO date, a short forum token, then the group or delegation (else words of
 * the title); ASCII, lower-case, at most 80 characters, never empty.
 */
export function baseSlug(meta: SlugMetadata): string {
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(meta.date ?? "")?.[0] ?? "";
  const forum = meta.forum ? forumToken(meta.forum) : (knownForumToken(meta.title) ?? "");
  const who = speakerToken(meta) || titleToken(meta.title);
  const slug = [date, slugify(forum), who].filter((part) => part !== "").join("-");
  return cut(slug, MAX_LENGTH) || "statement";
}

/** The base slug if it is free, else base-2, base-3, … (still within 80 characters). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${cut(base, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
