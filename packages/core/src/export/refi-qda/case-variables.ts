import { derivedGuid } from "./guid.ts";
import type { RefiStatement } from "./types.ts";
import { xmlAttr, xmlText } from "./xml-text.ts";

interface CaseVariable {
  guid: string;
  name: string;
  type: "Text" | "Date";
  description: string;
  value: (s: RefiStatement) => string | null | undefined;
}

const variable = (
  key: string,
  name: string,
  description: string,
  value: CaseVariable["value"],
  type: CaseVariable["type"] = "Text",
): CaseVariable => ({
  guid: derivedGuid(`variable:${key}`),
  name,
  type,
  description,
  value,
});

/**
 * A statement's metadata as case variables: a QDA tool filters and groups by them (MAXQDA's document variables,
 * ATLAS.ti's document groups, NVivo's classification attributes). GUIDs are derived from the key, the same in every
 * export. The date is a REFI Date, given only when it is a calendar date (yyyy-mm-dd).
 */
export const CASE_VARIABLES: readonly CaseVariable[] = [
  variable("delegation", "Delegation", "The State or organisation that spoke.", (s) => s.delegation),
  variable("on-behalf-of", "On behalf of", "The group the delegation spoke for, if any.", (s) => s.onBehalfOf),
  variable("speaker", "Speaker", "The person who spoke.", (s) => s.speaker),
  variable("forum", "Forum", "The body or meeting, e.g. UNSC, CCPCJ 32nd session.", (s) => s.forum),
  variable("meeting-symbol", "Meeting symbol", "The UN document symbol of the meeting record.", (s) => s.meetingSymbol),
  variable("date", "Date", "The date the statement was delivered.", (s) => (s.date && isCalendarDate(s.date) ? s.date : null), "Date"),
  variable("language", "Language", "The language of the text.", (s) => s.language),
  variable("source-url", "Source URL", "Where the text was published.", (s) => s.sourceUrl),
  variable("slug", "Verbatim reference", "The statement's slug in Verbatim: slug#p7 cites its paragraph p7.", (s) => s.slug),
];

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function writeVariables(pad: string): string[] {
  return CASE_VARIABLES.flatMap((v) => [
    `${pad}<Variable guid="${v.guid}" name="${xmlAttr(v.name)}" typeOfVariable="${v.type}">`,
    `${pad}  <Description>${xmlText(v.description)}</Description>`,
    `${pad}</Variable>`,
  ]);
}

/** The statement's VariableValues, leaving out the fields it does not have. */
export function writeVariableValues(statement: RefiStatement, pad: string): string[] {
  return CASE_VARIABLES.flatMap((v) => {
    const value = v.value(statement)?.trim();
    if (!value) return [];
    const element = v.type === "Date" ? "DateValue" : "TextValue";
    return [
      `${pad}<VariableValue>`,
      `${pad}  <VariableRef targetGUID="${v.guid}"/>`,
      `${pad}  <${element}>${xmlText(value)}</${element}>`,
      `${pad}</VariableValue>`,
    ];
  });
}
