import type { DroppedLine, RawBlock } from "../types.ts";
import type { RecordCover } from "./record-cover.ts";

/** One speaker's turn in a meeting record, from their marker to the next marker or procedural line. */
export interface RecordTurn {
  /** 0-based, in order. */
  index: number;
  /** As printed: "Mr. Zhang Jun", "The President", "Mrs. Thomas-Greenfield". */
  speaker: string;
  /** "China"; for "The President", the presiding member's country when the cover names it. */
  delegation?: string;
  /** "President", "Acting President", "Secretary-General", "Under-Secretary-General for …". */
  role?: string;
  /** A group spoken for, read from the turn's first paragraphs. */
  onBehalfOf?: string;
  /** BCP 47 of the language spoken: "es" for "(spoke in Spanish)", "en" when no note says otherwise. */
  language?: string;
  /** The turn's paragraphs, the marker removed from the first one. */
  blocks: RawBlock[];
  pages?: { from: number; to: number };
}

/** The meeting as its cover gives it (record-cover.ts), and its turns. */
export interface MeetingRecord extends Omit<RecordCover, "presidentDelegation"> {
  agenda?: string[];
  turns: RecordTurn[];
  /** The lines between speakers and the cover page, never part of a turn. */
  procedural: DroppedLine[];
  /** Set when the record held more markers than MAX_RECORD_TURNS: the rest stayed in the last turn. */
  truncated?: true;
}
