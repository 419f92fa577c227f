import type { Stance } from "../model/taxonomy.ts";
import { actorWords, type ClauseMemory, cueClause } from "./cue-clause.ts";
import type { Finding, StatementContext, SuggestionRule } from "./suggestion.ts";

const DEGREE = String.raw`(?:(?:deeply|gravely|seriously|extremely|very|also|particularly|increasingly|still|greatly|profoundly)\s){0,2}`;
/** Stance phrasing by stance, tried in this order at each word ("notes with concern" is concern, not a note). */
const STANCE_CUES: readonly [Stance, string][] = [
  [
    "concerned",
    String.raw`(?:is|are|am|remains?|was|were)\s${DEGREE}(?:concerned|alarmed|worried|troubled|disturbed)|express(?:es|ed)?\s(?:its\s|our\s|my\s|their\s)?(?:(?:deep|grave|serious|great|profound|strong)\s)?concern|not(?:e|es|ed)\swith\s(?:(?:deep|grave|great|serious)\s)?concern`,
  ],
  [
    "opposes",
    String.raw`oppos(?:e|es|ed)|reject(?:s|ed)?|can\s?not\s(?:accept|support)|(?:will|do|does|did)\snot\s(?:accept|support)|voted\sagainst`,
  ],
  ["condemns", String.raw`condemn(?:s|ed)?|deplor(?:e|es|ed)`],
  ["welcomes", String.raw`welcom(?:e|es|ed)`],
  ["supports", String.raw`support(?:s|ed)?|endors(?:e|es|ed)|vot(?:e|ed)\sin\sfavou?r|(?:is|are)\sin\sfavou?r`],
  [
    "urges",
    String.raw`urg(?:e|es|ed)|call(?:s|ed)?\s(?:(?:once\sagain|again|also)\s)?(?:on|upon|for)|encourag(?:e|es|ed)|invit(?:e|es|ed)|appeal(?:s|ed)?\sto|demand(?:s|ed)?`,
  ],
  ["reaffirms", String.raw`reaffirm(?:s|ed)?|reiterat(?:e|es|ed)`],
  ["notes", String.raw`tak(?:e|es)\snote|took\snote|not(?:e|es|ed)\swith\s(?:appreciation|interest|satisfaction)`],
];
/** One pass over the text for every stance: each alternative is a literal phrase, so there is nothing to blow up. */
const STANCE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${STANCE_CUES.map(([, cue]) => `(${cue})`).join("|")})(?![\\p{L}\\p{N}-])`, "giu");

/** "welcomes the opportunity", "welcome the Ministers": courtesy, not a stance. */
const COURTESY =
  /^\s(?:(?:the|this)\s(?:opportunity|convening|holding)|you\b|all\b|everyone\b|the\s(?:Ministers|delegates|participants|briefers|representatives)\b)/u;
/** "I invite the briefers to participate in this meeting": the chair's procedure, not a call. */
const PROCEDURE = /\b(?:to participate in|to take (?:a |the |their )?(?:seat|floor)|the floor)\b/u;
/** What is reaffirmed decides the stance: "reiterates its firm rejection" opposes. */
const REAFFIRMED = /^\s(?:its|our|their|my)\s(?:[\p{L}-]+\s){0,2}?(rejection|opposition|condemnation|concern)\b/u;
const REAFFIRMED_STANCE: Record<string, Stance> = {
  rejection: "opposes",
  opposition: "opposes",
  condemnation: "condemns",
  concern: "concerned",
};

/** The stance a cue states, or null when its words are courtesy or procedure. */
function stanceOf(text: string, match: RegExpExecArray | RegExpMatchArray, stance: Stance): Stance | null {
  const end = (match.index ?? 0) + match[0].length;
  const after = text.slice(end, end + 120);
  if (stance === "welcomes" && COURTESY.test(after)) return null;
  if (stance === "urges" && /^invit/iu.test(match[0]) && PROCEDURE.test(after)) return null;
  if (stance === "reaffirms") {
    const object = REAFFIRMED.exec(after)?.[1];
    if (object) return REAFFIRMED_STANCE[object] ?? stance;
  }
  return stance;
}

/** Positions: stance phrasing with a subject before it, mapped to the model's stances. */
export function findPositions(text: string, context: StatementContext, memory: { last: ClauseMemory | null }): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(STANCE)) {
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const stance = stanceOf(text, match, STANCE_CUES[group]![0]);
    if (stance === null) continue;
    const clause = cueClause(text, match.index, context, memory);
    if (!clause) continue;
    const rule: SuggestionRule = `position-${stance}`;
    found.push({
      kind: "position",
      attributes: clause.actor === undefined ? { stance } : { stance, actor: clause.actor },
      start: clause.start,
      end: clause.end,
      confidence: clause.subject === null ? 0.6 : 0.75,
      rule,
      why: `"${match[0]}" states a stance (${stance}), by ${actorWords(clause, memory)}: rule ${rule}.`,
    });
  }
  return found;
}
