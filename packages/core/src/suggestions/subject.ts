import type { StatementContext } from "./suggestion.ts";

/** Adverbs that may stand between a subject and its verb ("We also strongly condemn"). */
const ADVERB =
  "also|further|therefore|hereby|again|once again|once more|strongly|fully|firmly|warmly|today|now|still|thus|equally|likewise|particularly|unequivocally|categorically|resolutely|consistently|always|actively|wholeheartedly|herewith|themselves|itself|will|shall|would";
const NAME_WORD = String.raw`[A-Z][\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*`;
const SUBJECT = [
  String.raw`[Ww]e|I`,
  String.raw`[Mm]y (?:delegation|country|Government|government|region)`,
  String.raw`[Oo]ur (?:\p{Ll}+ ){0,2}(?:delegation|delegations|country|countries|Government|government|nations|Group|group|region)`,
  String.raw`[Tt]he (?:Group|Alliance|Union|group|agency|Agency|Secretariat)`,
  String.raw`[Tt]he members of the ${NAME_WORD}(?: ${NAME_WORD}){0,2}`,
  String.raw`(?:[Mm]any|[Ss]ome|[Ss]everal|[Oo]ther|[Mm]ost) (?:speakers|delegations|delegates|members|Member States|States|participants|countries)|[Oo]thers`,
  String.raw`[Hh]e|[Ss]he|[Ii]t|[Tt]hey`,
  String.raw`(?:[Tt]he )?${NAME_WORD}(?: (?:of |of the |and |for )?${NAME_WORD}){0,4}`,
].join("|");
/** A subject, then adverbs, at the end of the words before a verb. The slice is short, so the scan is bounded. */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[\s,;:("“])(${SUBJECT})\s(?:(?:${ADVERB})\s){0,3}$`, "u");
/** A verb that continues the last subject's sentence ("We urge restraint and call for a ceasefire"). */
const CONTINUES = new RegExp(String.raw`(?:,\s)?(?:and|but|while|whereas)\s(?:(?:${ADVERB})\s){0,3}$`, "u");
/** Capitalised words that open sentences or name documents and events, never the one who speaks. */
const NOT_AN_ACTOR =
  /\b(?:Convention|Protocol|Declaration|Agenda|Charter|Resolution|Report|Meeting|Session|Conference|Article|Chapter|Paragraph|Today|This|That|These|Those|There|Here|In|As|At|On|Yet|But|And|However|Thank|Mr|Mrs|Ms|Madam|Chair|President|Excellencies|Tomorrow|Now|Then|What|Which|Who|Where|When|If|While|Since|Because|For|To|With|By|Under|Year|Years|Also|Further|Again|Strongly|Finally|First|Second|Third|Lastly|Moreover|Furthermore|Indeed|Similarly|Likewise|Therefore|Thus|Hence|Accordingly|Nevertheless|Once|Let|Please)\b/u;
const LOOK_BACK = 90;

export interface Subject {
  start: number;
  words: string;
}

/** The subject standing right before a verb at `at`, if one does. */
export function subjectBefore(text: string, at: number): Subject | null {
  const from = Math.max(0, at - LOOK_BACK);
  const match = SUBJECT_BEFORE.exec(text.slice(from, at));
  if (!match) return null;
  const words = match[1]!;
  if (
    /^(?:[Tt]he )?[A-Z]/u.test(words) &&
    !/^(?:We|I|It|He|She|They|The (?:Group|Alliance|Union|Agency|Secretariat|members of))\b/u.test(words) &&
    NOT_AN_ACTOR.test(words)
  ) {
    return null;
  }
  // match[0] is the subject after at most one boundary character.
  return { start: from + match.index + match[0].indexOf(words), words };
}

/** Whether the words before `at` join a verb to the subject of the clause before it. */
export function continuesBefore(text: string, at: number): boolean {
  return CONTINUES.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * Who the subject is: "we" and "the Group" speak for the group the statement is made on behalf of (else the
 * delegation), "I" and "my delegation" for the delegation, a name for itself; "others" for nobody in particular.
 */
export function resolveActor(subject: string, context: StatementContext): string | undefined {
  const lower = subject.toLowerCase();
  const group = context.onBehalfOf ?? context.delegation ?? undefined;
  if (/^(?:we|our)\b/u.test(lower) || /^the (?:group|alliance|union)$/u.test(lower)) return group;
  if (/^(?:i|my|he|she|it|they|the agency|the secretariat)\b/u.test(lower)) return context.delegation ?? undefined;
  if (/^(?:many|some|several|other|most)\b|^others$/u.test(lower)) return undefined;
  const name = subject.replace(/^the\s/iu, "").trim();
  for (const known of [context.delegation, context.onBehalfOf]) {
    if (known && known.toLowerCase() === name.toLowerCase()) return known;
  }
  return name.length > 0 && name.length <= 200 ? name : undefined;
}
