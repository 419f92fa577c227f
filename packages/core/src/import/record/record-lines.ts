import type { DropReason } from "../types.ts";
import { findDocumentSymbol } from "./document-symbol.ts";

/**
 * What a line between speakers is. A "break" ends the turn before it, and what follows up to the
 * next marker is procedural too (vote lists, agenda titles); "furniture" is page or cover matter
 * that may fall anywhere in reading order, even inside a turn, and is dropped without ending it.
 */
export type LineKind = { kind: "break"; agenda: boolean } | { kind: "furniture"; reason: DropReason };

/** Longer than this, a paragraph is speech whatever it starts with. */
const PROCEDURAL_MAX = 400;

/** Lines that end a turn, anchored at both ends so a speech that merely mentions a vote is not one. */
const BREAKS: readonly RegExp[] = [
  /^The meeting (?:was |is )?(?:called to order|opened|resumed|rose|suspended|adjourned|closed)\b/iu,
  /^The (?:President|Acting President|Chair|Chairman|Chairperson|Vice-President) (?:returned to|took) the Chair\.?$/iu,
  /^In the absence of the (?:President|Chair)\b[^:]{0,250} took the Chair\.?$/iu,
  /\b(?:Vice-President|Vice-Chair)\b[^.:]{0,60} took the Chair\.?$/iu,
  /was escorted (?:into|from|to) the (?:General Assembly Hall|rostrum)\b/iu,
  /^A (?:recorded |separate |roll-call )?vote was taken\b/iu,
  /^(?:In favour|Against|Abstaining|Abstentions|Non-voting|Not voting|Absent)\s*:/iu,
  /^(?:The )?draft (?:resolution|decision|amendment)s?(?: [A-Z0-9][^\s]{0,40})?(?:, as orally (?:revised|amended),)? (?:was|were) (?:adopted|rejected|not adopted)\b[^:]{0,120}$/iu,
  /^(?:The )?(?:amendment|motion|proposal|decision) (?:was|were) (?:adopted|rejected|not adopted)\b[^:]{0,120}$/iu,
  /^Address by (?:His|Her|Mr|Mrs|Ms|the)\b/iu,
  // "At the invitation of the President, Mr. Kadrat (Iraq) took place at the Council table."
  /^At the invitation of the (?:President|Chair)\b/iu,
  /\btook (?:a |the )?(?:place|places|seat|seats) at the Council table\.?$/iu,
  // The editors' notes in square brackets: "[Subsequently, the delegation of … advised the Secretariat that it had intended to vote in favour.]"
  /^\[[^[\]]{1,380}\]\.?$/u,
  /^(?:Statement|Expression of thanks|Tribute|Organization of work|Programme of work|Minute of silence|Election of|Appointment of|Announcement)\b[^.:]{0,200}$/iu,
];

const AGENDA_BREAKS: readonly RegExp[] = [
  /^Adoption of the agenda\.?$/iu,
  /^The agenda was adopted\b[^:]{0,60}$/iu,
  /^Agenda items? \d{1,4}(?: \([a-z]\))?(?: (?:and|to) \d{1,4})?(?: \([^()]{1,60}\))?\.?$/iu,
];

const FURNITURE: readonly { re: RegExp; reason: DropReason }[] = [
  { re: /^This record (?:contains the text of speeches|is subject to correction)/iu, reason: "procedural" },
  { re: /^Corrections (?:should|will|to this record)\b/iu, reason: "procedural" },
  { re: /verbatimrecords@un\.org|Verbatim Reporting Service|Official Document System of the United Nations/iu, reason: "procedural" },
  { re: /^(?:Provisional|Official Records|United Nations|Please recycle)\.?$/iu, reason: "procedural" },
  { re: /^\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\S{1,20}){0,3}$/u, reason: "job-number" },
  { re: /^\*\d{7,9}\*$/u, reason: "job-number" },
  // A page's foot: "23-38765 4/20" or "4/20 23-38765".
  { re: /^(?:\d{1,4}\/\d{1,4}\s+)?\d{2}-\d{5}(?:\s+\d{1,4}\/\d{1,4})?$/u, reason: "job-number" },
  { re: /^\d{1,4}(?:\s*\/\s*\d{1,4})?$/u, reason: "page-number" },
  { re: /^\d{2}\/\d{2}\/\d{4}$/u, reason: "running-header" },
  // Older records head each page with the speaker who goes on ("(Mr. Abulhasan, Kuwait)") and the typists' initials ("JB/6").
  {
    re: /^\((?:The (?:Acting )?(?:President|Chair)|The Secretary-General|(?:Mr|Mrs|Ms|Sir|Dame|Archbishop|Sheikh)\.? [^(),]{1,80}, [^(),]{1,80})\)$/u,
    reason: "running-header",
  },
  { re: /^[A-Z]{2,4}\/[a-z0-9]{1,4}$/u, reason: "running-header" },
];

const DATE_STAMP = /(?:^\d{2}\/\d{2}\/\d{4}\s|\s\d{2}\/\d{2}\/\d{4}$)/u;

/** What a normalised paragraph is between speakers, or null when it is speech. */
export function classifyLine(text: string): LineKind | null {
  if (text.length > PROCEDURAL_MAX) {
    return /^This record contains the text of speeches/iu.test(text) ? { kind: "furniture", reason: "procedural" } : null;
  }
  for (const { re, reason } of FURNITURE) if (re.test(text)) return { kind: "furniture", reason };
  const symbol = findDocumentSymbol(text);
  if (symbol !== null) {
    // A symbol alone ("S/PV.9500", "S/PV.9500 (Resumption 1)"), or a running head: "S/PV.9500 The situation … 07/12/2023".
    const rest = text.replace(symbol, "").trim();
    if (/^(?:\((?:Resumption|Part) [^()]{1,10}\))?$/iu.test(rest)) return { kind: "furniture", reason: "document-symbol" };
    if ((text.startsWith(symbol) || text.endsWith(symbol)) && DATE_STAMP.test(text)) {
      return { kind: "furniture", reason: "running-header" };
    }
  }
  if (AGENDA_BREAKS.some((re) => re.test(text))) return { kind: "break", agenda: true };
  if (BREAKS.some((re) => re.test(text))) return { kind: "break", agenda: false };
  return null;
}
