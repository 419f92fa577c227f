import type { CommitmentStrength } from "../model/taxonomy.ts";
import { actorWords, type ClauseMemory, cueClause } from "./cue-clause.ts";
import type { Finding, StatementContext, SuggestionRule } from "./suggestion.ts";

const ADV = String.raw`(?:(?:also|further|therefore|now|soon|again|actively|fully|certainly|continue\sto|jointly|thus)\s){0,3}`;
/** What a speaker says it "will" do that is not a commitment: the speech itself, being, the meeting's procedure, a vote (a position). */
const NOT_AN_UNDERTAKING =
  "be|not|never|have|now|also|further|therefore|soon|again|actively|fully|certainly|jointly|thus|speak|say|conclude|focus|limit|begin|start|highlight|touch|refer|read|deliver|turn|address|mention|elaborate|comment|try|return|close|end|stop|recall|note|remember|hear|give|proceed|adjourn|suspend|vote|abstain";
/** Verbs after "will" that give resources: the allocation rule. */
const GIVING = /^(?:contribute|allocate|donate|fund|disburse|provide|finance|give|increase|double|triple)$/iu;

const CUES: readonly [SuggestionRule, CommitmentStrength, string][] = [
  [
    "commitment-allocation",
    "pledge",
    String.raw`ha(?:s|ve)\s(?:(?:already|also|recently|now|just)\s)?(?:allocated|committed|earmarked|pledged|contributed|disbursed|set\saside|mobili[sz]ed)`,
  ],
  [
    "commitment-ready",
    "aspiration",
    String.raw`(?:stands?|is|are|remains?)\s(?:(?:always|fully|also|equally)\s)?ready\sto|intends?\sto|plans?\sto|aims?\sto|hopes?\sto|seeks?\sto|(?:is|are|remains?)\s(?:(?:firmly|fully|strongly|deeply)\s)?committed\sto`,
  ],
  [
    "commitment-pledge",
    "pledge",
    String.raw`commit(?:s|ted)?\s(?:(?:itself|themselves|ourselves)\s)?to|pledg(?:e|es|ed)|undertak(?:e|es)\sto`,
  ],
  ["commitment-we-will", "pledge", String.raw`(?:will|shall)\s${ADV}(?!(?:${NOT_AN_UNDERTAKING})(?![\p{L}-]))([\p{L}-]+)`],
];
const COMMITMENT = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${CUES.map(([, , cue]) => `(${cue})`).join("|")})(?![\\p{L}\\p{N}-])`, "giu");

/** The action a commitment promises: the clause after its cue, capped. */
function actionOf(text: string, from: number, end: number): string | undefined {
  const action = text.slice(from, end).trim();
  return action.length === 0 ? undefined : action.slice(0, 500);
}

/** Commitments: what an actor says it will do, pledges, stands ready to do or has allocated, with a guessed strength. */
export function findCommitments(text: string, context: StatementContext, memory: { last: ClauseMemory | null }): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(COMMITMENT)) {
    // Groups: allocation, ready, pledge, will (then the verb after "will").
    const group = [match[1], match[2], match[3], match[4]].findIndex((g) => g !== undefined);
    const [baseRule, strength] = CUES[group]!;
    const clause = cueClause(text, match.index, context, memory);
    if (!clause) continue;
    const verb = match[5];
    const rule: SuggestionRule =
      baseRule === "commitment-we-will" && verb !== undefined && GIVING.test(verb) ? "commitment-allocation" : baseRule;
    const action = actionOf(text, match.index + match[0].length - (verb?.length ?? 0), clause.end);
    const attributes = {
      strength,
      ...(clause.actor === undefined ? {} : { actor: clause.actor }),
      ...(action === undefined ? {} : { action }),
    };
    found.push({
      kind: "commitment",
      attributes,
      start: clause.start,
      end: clause.end,
      confidence: rule === "commitment-ready" ? 0.6 : 0.7,
      rule,
      why: `"${match[0]}" says what ${actorWords(clause, memory)} undertakes (strength guessed: ${strength}): rule ${rule}.`,
    });
  }
  return found;
}
