import { normaliseText } from "../normalise-text.ts";
import type { DroppedLine, RawBlock } from "../types.ts";
import { invitedRoles } from "./briefer-roles.ts";
import { readCover, withSymbol } from "./record-cover.ts";
import { classifyLine } from "./record-lines.ts";
import { type Piece, piecesOf } from "./record-pieces.ts";
import type { MeetingRecord, RecordTurn } from "./record-types.ts";
import { opensMarker, parseSpeakerMarker } from "./speaker-marker.ts";
import { TurnBuilder } from "./turn-builder.ts";

/** More turns than any meeting has (a long open debate has about 100): past it, markers stay in the last turn's text. */
export const MAX_RECORD_TURNS = 2_000;
/** The cover is read from this many lines before the first speaker. */
const COVER_LINES = 400;
const AGENDA_MAX = 40;
const AGENDA_TITLE_MAX = 400;

/** "In the absence of the President, Mr. Kabua (Marshall Islands), Vice-President, took the Chair." */
const ACTING_CHAIR = /\(([^()]{1,80})\),? Vice-(?:President|Chair)\b[^:]{0,60}took the Chair/u;
const CHAIR_RETURNS = /returned to the Chair/u;
/**
 * "Address by Mr. Joseph R. Biden Jr., President of the United States of America": the country of
 * the head of State whose marker ("President Biden:") has no brackets, until escorted out.
 */
const ADDRESS =
  /^Address by [^,]{1,120}, (?:President|Vice-President|Prime Minister|Head of (?:State|Government)|King|Queen|Emir|Amir|Crown Prince|(?:Federal )?Chancellor|Grand Duke|Sultan|Chair of the Presidency)(?: and [^,]{1,60})? of (?:the )?([^,]{1,100})$/u;
const ESCORTED_OUT = /was escorted from\b/u;

interface SplitState {
  /** Built once the whole record is read, when the cover has said who presides. */
  turns: TurnBuilder[];
  current: TurnBuilder | null;
  procedural: DroppedLine[];
  agenda: string[];
  coverLines: string[];
  /** Between a procedural line and the next marker: paragraphs there are procedural too. */
  inProcedure: boolean;
  /** After "The agenda was adopted." or "Agenda item 12": the paragraphs that follow are agenda titles. */
  agendaNext: boolean;
  actingChair: string | undefined;
  /** The country of the head of State being heard in the General Assembly. */
  addressed: string | undefined;
  sawProcedure: boolean;
  truncated: boolean;
}

function drop(state: SplitState, text: string, reason: DroppedLine["reason"], page: number | undefined): void {
  state.procedural.push(page === undefined ? { text, reason } : { text, reason, page });
}

function closeTurn(state: SplitState): void {
  if (state.current !== null) state.turns.push(state.current);
  state.current = null;
}

/** Lines before the first speaker, and the rest of the first page, which a PDF may give in another order. */
function noteCover(state: SplitState, block: RawBlock): void {
  const started = state.turns.length > 0 || state.current !== null;
  if (started && block.page !== 1) return;
  for (const line of block.text.split("\n", COVER_LINES)) {
    if (state.coverLines.length >= COVER_LINES) return;
    const flat = normaliseText(line);
    if (flat !== "") state.coverLines.push(flat);
  }
}

/** An agenda item's title: capitalised, one sentence at most; a PDF's stray fragment of speech is neither. */
const AGENDA_TITLE = /^[\p{Lu}\d]/u;
const SENTENCES = /[.!?] \p{Lu}/u;

function addAgenda(state: SplitState, title: string): void {
  if (!AGENDA_TITLE.test(title) || SENTENCES.test(title)) return;
  if (state.agenda.length < AGENDA_MAX && title.length <= AGENDA_TITLE_MAX && !state.agenda.includes(title)) {
    state.agenda.push(title);
  }
}

/**
 * A marker the PDF reader cut into two blocks at a line break ("Mrs. Thomas-Greenfield (United" |
 * "States of America): …"), joined again; null when the block is not such a start.
 */
function joinSplitMarker(block: RawBlock, next: Piece | undefined): RawBlock | null {
  if (block.kind !== "paragraph" || next === undefined || next.furniture !== undefined || next.block.kind !== "paragraph") {
    return null;
  }
  const flat = normaliseText(block.text);
  if (!opensMarker(flat) || parseSpeakerMarker(flat) !== null) return null;
  const text = `${block.text}\n${next.block.text}`;
  return parseSpeakerMarker(normaliseText(text)) === null ? null : { ...block, text };
}

function readBlock(state: SplitState, block: RawBlock): void {
  const flat = normaliseText(block.text);
  if (flat === "") return;
  const marker = block.kind === "paragraph" ? parseSpeakerMarker(flat) : null;
  if (marker !== null) {
    if (state.turns.length + (state.current === null ? 0 : 1) < MAX_RECORD_TURNS) {
      closeTurn(state);
      if (marker.delegation === undefined && marker.role === undefined && state.addressed !== undefined) {
        marker.delegation = state.addressed;
      }
      state.current = new TurnBuilder(marker, block, flat, state.actingChair);
      state.inProcedure = false;
      state.agendaNext = false;
      return;
    }
    state.truncated = true;
  }
  const kind = classifyLine(flat);
  if (kind?.kind === "furniture") {
    noteCover(state, block);
    drop(state, flat, kind.reason, block.page);
    state.sawProcedure ||= kind.reason === "procedural" || kind.reason === "document-symbol";
    return;
  }
  if (kind?.kind === "break" || block.kind === "heading" || state.current === null || state.inProcedure) {
    closeTurn(state);
    noteCover(state, block);
    drop(state, flat, "procedural", block.page);
    state.sawProcedure ||= kind !== null;
    if (kind?.kind === "break") {
      state.inProcedure = true;
      state.agendaNext = kind.agenda;
      const acting = ACTING_CHAIR.exec(flat);
      if (acting?.[1]) state.actingChair = acting[1];
      else if (CHAIR_RETURNS.test(flat)) state.actingChair = undefined;
      const address = ADDRESS.exec(flat);
      if (address) state.addressed = address[1];
      else if (ESCORTED_OUT.test(flat)) state.addressed = undefined;
    } else if (state.agendaNext) addAgenda(state, flat);
    return;
  }
  // The meeting's item repeated at the top of a page, as a PDF reader may leave it.
  if (state.agenda.includes(flat)) {
    drop(state, flat, "running-header", block.page);
    return;
  }
  state.current.add(block);
}

/** A briefer's office as the President gave it, for a marker that names only the surname ("Ms. DiCarlo:"). */
function withInvitedRole(turn: RecordTurn, roles: ReadonlyMap<string, string>): RecordTurn {
  if (turn.role !== undefined || turn.delegation !== undefined) return turn;
  const role = roles.get(turn.speaker.split(" ").at(-1) ?? "");
  return role === undefined ? turn : { ...turn, role };
}

/**
 * Splits a UN meeting record (Security Council, General Assembly, ECOSOC, committees) into speaker
 * turns, with the cover's facts and the procedural lines kept apart. Null when the text is not a
 * meeting record: fewer than two turns, or nothing of a record's shape around them.
 */
export function splitRecord(blocks: readonly RawBlock[], options: { symbol?: string } = {}): MeetingRecord | null {
  const state: SplitState = {
    turns: [],
    current: null,
    procedural: [],
    agenda: [],
    coverLines: [],
    inProcedure: true,
    agendaNext: false,
    actingChair: undefined,
    addressed: undefined,
    sawProcedure: false,
    truncated: false,
  };
  const pieces = blocks.flatMap(piecesOf);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    if (piece.furniture !== undefined) {
      noteCover(state, piece.block);
      drop(state, piece.block.text, piece.furniture, piece.block.page);
      continue;
    }
    const joined = joinSplitMarker(piece.block, pieces[i + 1]);
    if (joined !== null) i++;
    readBlock(state, joined ?? piece.block);
  }
  closeTurn(state);
  if (state.turns.length < 2) return null;
  const facts = withSymbol(readCover(state.coverLines), options.symbol);
  const presided = state.turns.some((turn) => turn.presiding);
  const shaped = facts.symbol !== undefined || facts.forum !== undefined || state.sawProcedure || presided;
  if (!shaped) return null;
  const roles = new Map<string, string>();
  for (const turn of state.turns) if (turn.presiding) invitedRoles(turn.blocks, roles);
  const turns = state.turns.map((turn, index): RecordTurn => withInvitedRole(turn.build(index, facts.presidentDelegation), roles));
  const record: MeetingRecord = { turns, procedural: state.procedural };
  if (facts.symbol !== undefined) record.symbol = facts.symbol;
  if (facts.forum !== undefined) record.forum = facts.forum;
  if (facts.meeting !== undefined) record.meeting = facts.meeting;
  if (facts.session !== undefined) record.session = facts.session;
  if (facts.date !== undefined) record.date = facts.date;
  if (facts.place !== undefined) record.place = facts.place;
  if (state.agenda.length > 0) record.agenda = state.agenda;
  if (state.truncated) record.truncated = true;
  return record;
}
