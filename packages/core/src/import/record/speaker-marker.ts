import { languageOfNote } from "./language-note.ts";

/** What a turn's opening marker says: "Mr. Nebenzia (Russian Federation) (spoke in Russian):". */
export interface SpeakerMarker {
  speaker: string;
  delegation?: string;
  role?: string;
  /** BCP 47 from an interpretation note; absent when the marker has none (or names a language we do not map). */
  language?: string;
  /** Whether an interpretation note was there at all, mapped or not. */
  noted: boolean;
  /** Characters of the normalised text the marker takes, through its colon. */
  length: number;
}

/** The presiding officer and the Secretariat, printed without a name: "The President:", "The Acting President (spoke in French):". */
const PRESIDING =
  /^The (?:(Acting|Temporary|Interim) )?(President|Vice-President|Chair|Chairman|Chairperson|Chairwoman|Co-Chair|Secretary-General|Deputy Secretary-General)(?=[\s(:])/iu;

/** Older records print the office in capitals ("The PRESIDENT:"): the role as it is written today. */
function titleCase(words: string): string {
  return words.replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** Honorifics before a name: "Mr. Al-Thani (Qatar):", a briefer's "Ms. DiCarlo:". */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Sr|Sra|Msgr|Rev|Prof)\.?\s|^(?:Sir|Dame|Lord|Lady|Baroness|Baron|Archbishop|Monsignor|Cardinal|Bishop|Father|Sister|Sheikha?|Shaikha?|Princess|Prince|Crown Prince|Emir|Amir|Sultan|Judge|Justice|Professor|Ambassador|Dato'?|Datuk|Tan Sri|Rabbi|Imam|Reverend|Count|Countess|H\.\s?E\.(?:\s(?:Mr|Mrs|Ms)\.)?)\s/u;

/** Heads of State and Government, printed in the General Assembly without brackets: "President Biden:". */
const HEAD = /^(?:President|Vice-President|Prime Minister|King|Queen|Emir|Amir|Crown Prince|Chancellor|Grand Duke|Sultan)\s/u;

/** Small words inside a name: "Mr. de Rivière", "Mr. Fernández de Soto Valderrama", "Mr. bin Saleh". */
const PARTICLES = new Set(
  "de del della der den di da das do dos du van von ter ten zu y e la le les al el bin binti bint ibn abu van".split(" "),
);

/** A word the name is never made of alone: "Mr. President:" in a speech is an address, not a marker. */
const ADDRESS_WORDS = new Set(
  "President Vice-President Chair Co-Chair Vice-Chair Chairman Chairperson Secretary-General Speaker Ambassador Minister Moderator Facilitator Co-Facilitator Rapporteur".split(
    " ",
  ),
);

/** Who a bracket names when it is not a country: "(Under-Secretary-General for Political and Peacebuilding Affairs)". */
const ROLE =
  /^(?:(?:Acting|Deputy|Assistant|Associate|Under|Special|Executive|Permanent|Vice|Co|High|Chief|Senior|Legal|Force|Police|Resident|Managing)[\s-])*(?:Secretary-General|Secretary|Commissioner|Representative|Envoy|Coordinator|Adviser|Advisor|Rapporteur|Director(?:-General)?|Director General|Administrator|Chair|Chairman|Chairperson|President|Prosecutor|Registrar|Head|Counsel|Commander|Observer|Facilitator|Co-Facilitator|Ombudsperson|Judge|Mediator)\b/u;

const NAME_MAX = 100;
const BARE_NAME_WORDS = 4;
const BRACKET_MAX = 200;
const BRACKETS_MAX = 4;

function validName(name: string): boolean {
  if (name.length === 0 || name.length > NAME_MAX) return false;
  const words = name.split(" ");
  if (words.length > 8) return false;
  if (words.length === 1 && ADDRESS_WORDS.has(name)) return false;
  return words.every(
    (word) => PARTICLES.has(word) || /^(?:\p{Lu}|(?:al|el|ad|as|ash|ar|at|az|ed|bin|abu|d|l)[-'’]\p{L})[\p{L}\p{M}'’.-]*$/u.test(word),
  );
}

/** The brackets from `at`, each read to its close (nesting allowed), then the colon; null when the marker does not close. */
function readBrackets(text: string, at: number): { contents: string[]; end: number } | null {
  const contents: string[] = [];
  let i = at;
  for (;;) {
    while (text[i] === " ") i++;
    if (text[i] === ":") return { contents, end: i + 1 };
    if (text[i] !== "(" || contents.length === BRACKETS_MAX) return null;
    let depth = 0;
    const start = i;
    for (; i < text.length && i - start <= BRACKET_MAX; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")" && --depth === 0) break;
    }
    if (depth !== 0 || text[i] !== ")") return null;
    contents.push(text.slice(start + 1, i).trim());
    i++;
  }
}

function readContents(contents: readonly string[], marker: SpeakerMarker): SpeakerMarker | null {
  for (const content of contents) {
    const language = languageOfNote(content);
    if (language !== undefined) {
      marker.noted = true;
      if (language !== null) marker.language = language;
    } else if (ROLE.test(content) && marker.role === undefined) marker.role = content;
    else if (marker.delegation === undefined && /^\p{Lu}/u.test(content)) marker.delegation = content;
    else if (marker.role === undefined && /^\p{Lu}/u.test(content)) marker.role = content;
    else return null;
  }
  return marker;
}

function presiding(text: string): SpeakerMarker | null {
  const found = PRESIDING.exec(text);
  if (!found?.[2]) return null;
  const brackets = readBrackets(text, found[0].length);
  if (brackets === null) return null;
  // "the president:" in lower case is speech, not a marker.
  if (!found[0].startsWith("The ") || !/^\p{Lu}/u.test(found[2])) return null;
  const role = titleCase(found[1] ? `${found[1]} ${found[2]}` : found[2]);
  const marker: SpeakerMarker = { speaker: `The ${role}`, role, noted: false, length: brackets.end };
  return readContents(brackets.contents, marker);
}

function named(text: string): SpeakerMarker | null {
  const honorific = HONORIFIC.exec(text);
  const head = honorific ? null : HEAD.exec(text);
  const title = honorific ?? head;
  if (!title) return null;
  // The name ends where the brackets or the colon begin, within a name's length.
  const window = text.slice(title[0].length, title[0].length + NAME_MAX + 1);
  const stop = window.search(/[(:]/u);
  if (stop < 0) return null;
  const name = window.slice(0, stop).trim();
  if (!validName(name)) return null;
  const brackets = readBrackets(text, title[0].length + stop);
  if (brackets === null) return null;
  const marker: SpeakerMarker = {
    speaker: `${title[0].trim()} ${name}`,
    noted: false,
    length: brackets.end,
  };
  // Briefers invited under rule 39 are printed without brackets ("Ms. DiCarlo:"), by their surname: a longer name is speech.
  if (brackets.contents.length === 0 && name.split(" ").length > BARE_NAME_WORDS) return null;
  return readContents(brackets.contents, marker);
}

/** The speaker marker a normalised paragraph starts with, or null. Reads at most a few hundred characters. */
export function parseSpeakerMarker(text: string): SpeakerMarker | null {
  const head = text.slice(0, NAME_MAX + BRACKETS_MAX * (BRACKET_MAX + 2) + 40);
  return presiding(head) ?? named(head);
}

/** Whether a line opens like a marker whose brackets run on to the next line ("Mrs. Thomas-Greenfield (United"). */
export function opensMarker(line: string): boolean {
  if (!HONORIFIC.test(line) && !HEAD.test(line) && !PRESIDING.test(line)) return false;
  return line.length <= NAME_MAX + BRACKET_MAX && line.lastIndexOf("(") > line.lastIndexOf(")");
}
