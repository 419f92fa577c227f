import { clauseEnd } from "./clause-end.ts";
import { continuesBefore, resolveActor, subjectBefore } from "./subject.ts";
import type { StatementContext } from "./suggestion.ts";

/** A verb phrase found in a paragraph, and the clause that it says something about. */
export interface CueClause {
  start: number;
  end: number;
  /** The subject as written ("my delegation"), or null when the verb continues an earlier subject. */
  subject: string | null;
  actor: string | undefined;
}

/** The last clause a cue opened in this paragraph: a verb after "and" before its end shares its subject. */
export interface ClauseMemory {
  end: number;
  actor: string | undefined;
  subject: string;
}

/** A resolution's operative paragraph: its number, then the verb ("1. Encourages", "5. Also invites"). */
const OPERATIVE = /^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))\s(?:(?:Also|Further|Again|Strongly|Once again)\s)?$/u;

/**
 * The clause a cue at `at` heads: it starts at the cue's subject (which must stand right before it) or, when the
 * cue continues the clause before ("… and call for …"), at the cue itself with that clause's actor; it ends where
 * the clause does. The verb that opens a resolution's operative paragraph needs none. Null when the cue has no
 * subject: "with the support of" is not a position.
 */
export function cueClause(text: string, at: number, context: StatementContext, memory: { last: ClauseMemory | null }): CueClause | null {
  const subject = subjectBefore(text, at);
  if (subject) {
    const end = clauseEnd(text, at);
    const actor = resolveActor(subject.words, context);
    memory.last = { end, actor, subject: subject.words };
    return { start: subject.start, end, subject: subject.words, actor };
  }
  if (at <= 40 && OPERATIVE.test(text.slice(0, at))) {
    const end = clauseEnd(text, at);
    memory.last = { end, actor: undefined, subject: "(the body adopting the text)" };
    return { start: at, end, subject: memory.last.subject, actor: undefined };
  }
  const last = memory.last;
  if (last && at < last.end + 2 && continuesBefore(text, at)) {
    return { start: at, end: clauseEnd(text, at), subject: null, actor: last.actor };
  }
  return null;
}

/** The words of the actor for `why`: "we → Norway". */
export function actorWords(clause: CueClause, memory: { last: ClauseMemory | null }): string {
  const subject = clause.subject ?? memory.last?.subject ?? "";
  return clause.actor === undefined ? `"${subject}"` : `"${subject}" → ${clause.actor}`;
}
