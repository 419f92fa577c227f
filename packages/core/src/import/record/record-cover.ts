import { dateOnly, findDate } from "../date-hint.ts";
import { findDocumentSymbol, forumOfSymbol, isRecordSymbol } from "./document-symbol.ts";

/** What a record's cover page says of the meeting. */
export interface RecordCover {
  symbol?: string;
  forum?: string;
  meeting?: string;
  session?: string;
  date?: string;
  place?: string;
  /** The presiding member's country: "President: Mr. Pérez Loose (Ecuador)". */
  presidentDelegation?: string;
}

/** Bodies whose records share this shape, the more specific first (a committee of the General Assembly names both). */
const FORUMS = [
  "Special Political and Decolonization Committee",
  "First Committee",
  "Second Committee",
  "Third Committee",
  "Fourth Committee",
  "Fifth Committee",
  "Sixth Committee",
  "Economic and Social Council",
  "Human Rights Council",
  "Trusteeship Council",
  "Peacebuilding Commission",
  "Conference on Disarmament",
  "Security Council",
  "General Assembly",
];

const PLACES = ["New York", "Geneva", "Vienna", "Nairobi", "Addis Ababa", "Bangkok", "Santiago", "Beirut", "The Hague"];

const SESSION =
  /^(?:Resumed )?(?:[\p{L}-]+ ){0,2}[\p{L}-]*(?:first|second|third|th)(?: (?:emergency|special|emergency special|resumed|organizational))? (?:session|year)$/iu;
const MEETING = /\b(\d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting)\b/iu;
const PRESIDENT = /^(?:President|Chair|Chairman|Chairperson|Chairwoman)\s*:\s*[^()]{1,120}\(([^()]{1,100})\)\s*\.?$/u;
const HELD_AT = /^Held at (?:Headquarters, )?([^,]{1,40}),/u;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/u;

/** Reads the cover from the normalised lines before the first speaker. */
export function readCover(lines: readonly string[]): RecordCover {
  const cover: RecordCover = {};
  let forumRank = FORUMS.length;
  for (const line of lines) {
    if (line.length > 300) continue;
    const symbol = findDocumentSymbol(line);
    if (symbol !== null && (cover.symbol === undefined || (isRecordSymbol(symbol) && !isRecordSymbol(cover.symbol)))) {
      cover.symbol = symbol;
    }
    const rank = FORUMS.findIndex((forum) => line.startsWith(forum));
    if (rank >= 0 && rank < forumRank && line.length <= 80) {
      forumRank = rank;
      cover.forum = FORUMS[rank];
    }
    cover.meeting ??= MEETING.exec(line)?.[1];
    if (cover.session === undefined && SESSION.test(line)) cover.session = line;
    cover.presidentDelegation ??= PRESIDENT.exec(line)?.[1]?.trim();
    if (cover.place === undefined) cover.place = PLACES.find((place) => line === place) ?? HELD_AT.exec(line)?.[1];
    // The meeting's date is on a line of its own ("Thursday, 7 December 2023, 10 a.m."); agenda items carry other dates.
    if (cover.date === undefined) {
      const held = dateOnly(line) ?? (WEEKDAY.test(line) || HELD_AT.test(line) ? findDate(line)?.iso : undefined);
      if (held) cover.date = held;
    }
  }
  return cover;
}

/** The cover's facts with the symbol given by the reader, and the forum from the symbol when the cover does not name it. */
export function withSymbol(cover: RecordCover, symbol: string | undefined): RecordCover {
  const chosen = symbol ?? cover.symbol;
  if (chosen === undefined) return cover;
  return { ...cover, symbol: chosen, forum: cover.forum ?? forumOfSymbol(chosen) };
}
