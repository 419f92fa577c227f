import { useId, useState } from "react";
import type { MeetingRecord } from "@verbatim/contract";
import { useDelegationLists } from "../../registry/use-delegation-lists.tsx";
import type { MeetingValues, TurnChoice, TurnField } from "./record-turns.ts";

interface RecordSplitProps {
  record: MeetingRecord;
  turns: readonly TurnChoice[];
  meeting: MeetingValues;
  disabled: boolean;
  onMeeting: (field: keyof MeetingValues, value: string) => void;
  onTurn: (index: number, field: TurnField, value: string) => void;
  onCheck: (index: number, checked: boolean) => void;
  onCheckAll: (checked: boolean) => void;
}

const MEETING_FIELDS: readonly { field: keyof MeetingValues; label: string; type?: "date" }[] = [
  { field: "forum", label: "Forum" },
  { field: "date", label: "Date", type: "date" },
  { field: "meetingSymbol", label: "Meeting symbol" },
];

function pages(turn: MeetingRecord["turns"][number]): string {
  if (!turn.pages) return "–";
  return turn.pages.from === turn.pages.to ? `p. ${turn.pages.from}` : `pp. ${turn.pages.from}–${turn.pages.to}`;
}

/**
 * A meeting record split by speaker: every turn a statement of its own, chosen by its checkbox, with its speaker,
 * delegation and title editable, and the meeting's forum, date and symbol given to all of them.
 */
export function RecordSplit({ record, turns, meeting, disabled, onMeeting, onTurn, onCheck, onCheckAll }: RecordSplitProps) {
  const id = useId();
  const chosen = turns.filter((turn) => turn.checked).length;
  const byIndex = new Map(record.turns.map((turn) => [turn.index, turn]));
  const about = [record.symbol, record.meeting, record.place].filter(Boolean).join(" · ");
  const suggestions = useDelegationLists();

  return (
    <section className="record-split" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Speakers’ turns</h3>
      {suggestions.lists}
      <p className="import-note">
        {about ? `${about}. ` : ""}
        {record.turns.length} turns found
        {record.procedural.length > 0 ? `; ${record.procedural.length} procedural lines between them are kept out of every statement` : ""}.
      </p>
      <fieldset className="meeting-fields">
        <legend>The meeting, for every statement</legend>
        {MEETING_FIELDS.map(({ field, label, type }) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              type={type ?? "text"}
              value={meeting[field]}
              readOnly={disabled}
              onChange={(e) => onMeeting(field, e.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <div className="turns-tools">
        <button type="button" className="button button-secondary button-small" onClick={() => onCheckAll(true)} disabled={disabled}>
          Select all
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onCheckAll(false)} disabled={disabled}>
          Select none
        </button>
        <span className="import-note" aria-live="polite">
          {chosen} of {turns.length} chosen
        </span>
      </div>
      <div className="turns-scroll">
        <table className="turns-table">
          <caption className="visually-hidden">Speakers’ turns to import, one statement each</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Import</span>
              </th>
              <th scope="col">Speaker</th>
              <th scope="col">Delegation</th>
              <th scope="col">Title</th>
              <th scope="col">Pages</th>
              <th scope="col">Words</th>
              <th scope="col">Lang.</th>
            </tr>
          </thead>
          {turns.map((choice, row) => {
            const turn = byIndex.get(choice.index);
            if (!turn) return null;
            const n = row + 1;
            return (
              <tbody key={choice.index} className="turn" data-checked={choice.checked || undefined}>
                <tr>
                  <td>
                    <input
                      type="checkbox"
                      checked={choice.checked}
                      disabled={disabled}
                      onChange={(e) => onCheck(choice.index, e.target.checked)}
                      aria-label={`Import turn ${n}: ${choice.speaker}`}
                    />
                  </td>
                  <td>
                    <input
                      value={choice.speaker}
                      readOnly={disabled}
                      maxLength={200}
                      onChange={(e) => onTurn(choice.index, "speaker", e.target.value)}
                      aria-label={`Speaker of turn ${n}`}
                    />
                    {turn.role && <span className="turn-role">{turn.role}</span>}
                  </td>
                  <td>
                    <input
                      value={choice.delegation}
                      readOnly={disabled}
                      maxLength={200}
                      list={suggestions.listIds.delegation}
                      onChange={(e) => onTurn(choice.index, "delegation", e.target.value)}
                      aria-label={`Delegation of turn ${n}`}
                    />
                    {turn.onBehalfOf && <span className="turn-role">on behalf of {turn.onBehalfOf}</span>}
                  </td>
                  <td>
                    <input
                      value={choice.title}
                      readOnly={disabled}
                      maxLength={500}
                      onChange={(e) => onTurn(choice.index, "title", e.target.value)}
                      aria-label={`Title of turn ${n}`}
                    />
                  </td>
                  <td className="turn-number">{pages(turn)}</td>
                  <td className="turn-number">{turn.words.toLocaleString("en")}</td>
                  <td>{turn.language ?? "–"}</td>
                </tr>
                <tr className="turn-text-row">
                  <td />
                  <td colSpan={6}>
                    <TurnText turn={turn} n={n} />
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

/** A turn's paragraphs, drawn only once shown: a long record holds thousands. */
function TurnText({ turn, n }: { turn: MeetingRecord["turns"][number]; n: number }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const count = `${turn.paragraphs.length} ${turn.paragraphs.length === 1 ? "paragraph" : "paragraphs"}`;
  return (
    <div className="turn-text">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={`${id}-text`}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? "Hide" : "Show"} the text of turn {n} ({count})
      </button>
      {open && (
        <div id={`${id}-text`}>
          {turn.paragraphs.map((paragraph, i) => (
            <p key={i}>
              {paragraph.text}
              {paragraph.page ? <span className="import-note"> (p. {paragraph.page})</span> : null}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
