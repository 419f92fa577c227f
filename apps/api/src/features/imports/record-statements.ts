import type { MeetingRecord as RecordOut } from "@verbatim/contract";
import { type ImportedBlock, type ImportResult, type MeetingRecord, normaliseText, type RecordTurn } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";
import type { CreateStatementInput, NewStatement } from "../statements/create-statement.ts";
import { finishReading } from "../statements/read-statement.ts";

/** The meeting's fields an analyst may set for every statement of a record, over what its cover says. */
export interface MeetingFields {
  forum?: string | null;
  date?: string | null;
  meetingSymbol?: string | null;
  sourceUrl?: string | null;
}

/** A turn to import, with the metadata the analyst changed. */
export interface TurnChoice {
  index: number;
  title?: string;
  speaker?: string | null;
  delegation?: string | null;
  onBehalfOf?: string | null;
  language?: string | null;
}

const wordsIn = (text: string) => (text.match(/\S+/gu) ?? []).length;

/** "9500th meeting of the Security Council", or what of it the record gives. */
function meetingPhrase(record: Pick<MeetingRecord, "meeting" | "forum">, forum: string | undefined): string | undefined {
  // A forum the analyst wrote with the meeting in it ("Security Council, 9500th meeting") says it once.
  if (record.meeting && forum && !forum.includes(record.meeting)) return `the ${record.meeting} of the ${forum}`;
  return forum ? `the ${forum}` : record.meeting ? `the ${record.meeting}` : undefined;
}

/**
 * A turn's statement title: who spoke (their delegation, with the office they spoke in), where.
 * "China at the 9500th meeting of the Security Council", "Ecuador (President) at …", "Secretary-General at …".
 */
export function turnTitle(turn: Pick<RecordTurn, "speaker" | "delegation" | "role">, record: MeetingRecord, forum = record.forum): string {
  const who = turn.delegation ? (turn.role ? `${turn.delegation} (${turn.role})` : turn.delegation) : (turn.role ?? turn.speaker);
  const where = meetingPhrase(record, forum);
  return (where ? `${who} at ${where}` : who).slice(0, 500);
}

/** The record's own address: undocs.org resolves a UN symbol to the document, and a PDF viewer opens #page=N. */
function recordLink(symbol: string | undefined, page: number | undefined): string | undefined {
  if (!symbol || !/^[A-Z]+(?:\/[A-Za-z0-9.()-]+)+$/u.test(symbol)) return undefined;
  return `https://undocs.org/en/${symbol}${page ? `#page=${page}` : ""}`;
}

const blocksOf = (turn: RecordTurn): ImportedBlock[] =>
  turn.blocks.flatMap((b) => {
    const text = normaliseText(b.text);
    if (text === "") return [];
    const block: ImportedBlock = b.kind === "heading" ? { kind: "heading", text, level: b.level ?? 2 } : { kind: "paragraph", text };
    return [b.page === undefined ? block : { ...block, page: b.page }];
  });

const SPOKEN_IN: Record<string, string> = { ar: "Arabic", es: "Spanish", fr: "French", ru: "Russian", zh: "Chinese" };

/** A turn's marker as the records print it: "Mr. Zhang Jun (China)", "The President (spoke in Spanish)". */
function markerOf(turn: RecordTurn): string {
  const who = turn.delegation && !turn.role ? `${turn.speaker} (${turn.delegation})` : turn.speaker;
  const spoken = turn.language ? SPOKEN_IN[turn.language] : undefined;
  return spoken ? `${who} (spoke in ${spoken})` : who;
}

/**
 * A meeting record imported whole, as one statement: each turn's paragraphs after its speaker's marker, the cover and
 * the procedural lines set apart (as the split sets them apart), the meeting as its metadata. Read as an ordinary
 * statement, a record's cover ("President: Mr. … (Ecuador)", its members' list) would become its first paragraphs.
 */
export function recordAsOneStatement(record: MeetingRecord, read: ImportResult): ImportResult {
  const blocks = record.turns.flatMap((turn) => {
    const [first, ...rest] = blocksOf(turn);
    return first ? [{ ...first, text: `${markerOf(turn)}: ${first.text}` }, ...rest] : [];
  });
  const meeting = [record.forum, record.meeting].filter(Boolean).join(", ");
  const agenda = record.agenda?.[0];
  const title = meeting ? (agenda ? `${meeting}: ${agenda}` : meeting) : undefined;
  const metadata = Object.fromEntries(
    Object.entries({ title, forum: record.forum, date: record.date, place: record.place, meetingSymbol: record.symbol }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  return { blocks, metadata, dropped: record.procedural, ...(read.footnotes ? { footnotes: read.footnotes } : {}) };
}

/** The record as the preview shows it: the meeting, and each turn with its title, pages and paragraphs. */
export function presentRecord(record: MeetingRecord): RecordOut {
  return {
    symbol: record.symbol ?? null,
    forum: record.forum ?? null,
    meeting: record.meeting ?? null,
    date: record.date ?? null,
    place: record.place ?? null,
    turns: record.turns.map((turn) => {
      const paragraphs = blocksOf(turn).map((b) => (b.page === undefined ? { text: b.text } : { text: b.text, page: b.page }));
      return {
        index: turn.index,
        speaker: turn.speaker,
        delegation: turn.delegation ?? null,
        role: turn.role ?? null,
        onBehalfOf: turn.onBehalfOf ?? null,
        language: turn.language ?? null,
        pages: turn.pages ?? null,
        title: turnTitle(turn, record),
        paragraphs,
        words: paragraphs.reduce((n, p) => n + wordsIn(p.text), 0),
      };
    }),
    procedural: record.procedural,
  };
}

/**
 * The statements a record import makes: one per chosen turn (every turn when none are chosen), each with the turn's
 * speaker, delegation and language, the meeting's forum, date and symbol, and a link to the record's pages; the turn's
 * place in the record is kept in its import record. Each keeps its own turn's text as its revision's source, in the
 * format the record was read from.
 */
export function recordStatements(
  record: MeetingRecord,
  format: CreateStatementInput["format"],
  meeting: MeetingFields,
  chosen?: readonly TurnChoice[],
): NewStatement[] {
  const choices: readonly TurnChoice[] = chosen ?? record.turns.map((t) => ({ index: t.index }));
  const forum = meeting.forum ?? record.forum;
  const symbol = meeting.meetingSymbol ?? record.symbol;
  return choices.map((choice) => {
    const turn = record.turns[choice.index];
    if (!turn) throw new AppError("validation_failed", `the record has no turn ${choice.index}; it has ${record.turns.length}`);
    const blocks = blocksOf(turn);
    if (!blocks.some((b) => b.kind === "paragraph")) {
      throw new AppError("invalid_content", `turn ${choice.index} (${turn.speaker}) holds no paragraph to import`);
    }
    const speaker = choice.speaker === undefined ? turn.speaker : choice.speaker;
    const delegation = choice.delegation === undefined ? (turn.delegation ?? null) : choice.delegation;
    const read = finishReading({ blocks, metadata: {}, dropped: [] });
    const input: CreateStatementInput = {
      format,
      content: read.paragraphs.map((p) => p.text).join("\n\n"),
      title:
        choice.title ??
        turnTitle({ speaker: speaker ?? turn.speaker, delegation: delegation ?? undefined, role: turn.role }, record, forum ?? undefined),
      speaker,
      delegation,
      onBehalfOf: choice.onBehalfOf === undefined ? (turn.onBehalfOf ?? null) : choice.onBehalfOf,
      forum: forum ?? null,
      meetingSymbol: symbol ?? null,
      date: meeting.date ?? record.date ?? null,
      language: choice.language === undefined ? (turn.language ?? null) : choice.language,
      sourceUrl: meeting.sourceUrl ?? recordLink(symbol ?? undefined, turn.pages?.from) ?? null,
    };
    const extras = { record: { symbol: symbol ?? null, turn: turn.index, speaker: turn.speaker, pages: turn.pages ?? null } };
    return { input, read, extras, titleFollowsDelegation: choice.title === undefined && Boolean(delegation) };
  });
}
