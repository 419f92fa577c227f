import type { MeetingRecord } from "@verbatim/contract";
import type { z } from "zod";
import type { ChosenTurn } from "@verbatim/contract";

/** A speaker's turn as the record split's table holds it: chosen or not, with its editable fields as strings. */
export interface TurnChoice {
  index: number;
  checked: boolean;
  speaker: string;
  delegation: string;
  title: string;
}

export type TurnField = "speaker" | "delegation" | "title";

/** The meeting's fields every statement of the split takes. */
export interface MeetingValues {
  forum: string;
  date: string;
  meetingSymbol: string;
}

/** Every turn, chosen, with what the record says of it. */
export function turnChoices(record: MeetingRecord): TurnChoice[] {
  return record.turns.map((turn) => ({
    index: turn.index,
    checked: true,
    speaker: turn.speaker,
    delegation: turn.delegation ?? "",
    title: turn.title,
  }));
}

/** The meeting's fields from the record, or else from the metadata the reading found. */
export function meetingValues(record: MeetingRecord, metadata: Readonly<Record<string, string>>): MeetingValues {
  return {
    forum: record.forum ?? metadata["forum"] ?? "",
    date: record.date ?? metadata["date"] ?? "",
    meetingSymbol: record.symbol ?? metadata["meetingSymbol"] ?? "",
  };
}

/**
 * The chosen turns as the request names them: each by its index, with only the fields the analyst changed (an emptied
 * field is sent as null, so the statement has none rather than the record's).
 */
export function chosenTurns(choices: readonly TurnChoice[], record: MeetingRecord): z.input<typeof ChosenTurn>[] {
  const byIndex = new Map(record.turns.map((turn) => [turn.index, turn]));
  return choices
    .filter((choice) => choice.checked)
    .map((choice) => {
      const turn = byIndex.get(choice.index);
      const chosen: z.input<typeof ChosenTurn> = { index: choice.index };
      const speaker = choice.speaker.trim();
      const delegation = choice.delegation.trim();
      const title = choice.title.trim();
      if (speaker !== turn?.speaker) chosen.speaker = speaker || null;
      if (delegation !== (turn?.delegation ?? "")) chosen.delegation = delegation || null;
      if (title && title !== turn?.title) chosen.title = title;
      return chosen;
    });
}

/** The meeting's fields for the request: trimmed, empty ones left out (the server then keeps what the record says). */
export function meetingFields(values: MeetingValues): Partial<MeetingValues> {
  const fields: Partial<MeetingValues> = {};
  for (const key of ["forum", "date", "meetingSymbol"] as const) {
    const value = values[key].trim();
    if (value) fields[key] = value;
  }
  return fields;
}
