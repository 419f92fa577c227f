import type { MeetingRecord } from "@verbatim/contract";
import { useId } from "react";

interface RecordChoiceProps {
  record: MeetingRecord;
  mode: "record" | "single";
  onMode: (mode: "record" | "single") => void;
  disabled: boolean;
}

/** A meeting record is many statements: split it by speaker (the usual way), or keep the whole text as one. */
export function RecordChoice({ record, mode, onMode, disabled }: RecordChoiceProps) {
  const id = useId();
  const n = record.turns.length;
  const name = record.symbol ? `a meeting record (${record.symbol})` : "a meeting record";
  return (
    <fieldset className="record-choice">
      <legend>
        This is {name} with {n} speakers’ {n === 1 ? "turn" : "turns"}.
      </legend>
      <label>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={mode === "record"}
          onChange={() => onMode("record")}
          disabled={disabled}
          autoFocus={mode === "record"}
        />
        Split into {n} {n === 1 ? "statement" : "statements"} by speaker
      </label>
      <label>
        <input type="radio" name={`${id}-mode`} checked={mode === "single"} onChange={() => onMode("single")} disabled={disabled} />
        Import the whole text as one statement
      </label>
    </fieldset>
  );
}
