import type { StatementMetadata } from "../model/statement-ref.ts";
import { formatDate } from "../dates/format-date.ts";
import { oneLine } from "./text.ts";

/** "Delegation on behalf of Group" when both are given and differ, else whichever is given, else "". */
export function delegationOf(statement: StatementMetadata): string {
  const delegation = oneLine(statement.delegation);
  const onBehalfOf = oneLine(statement.onBehalfOf);
  if (delegation && onBehalfOf && delegation.toLowerCase() !== onBehalfOf.toLowerCase()) return `${delegation} on behalf of ${onBehalfOf}`;
  return delegation || onBehalfOf;
}

/** The line under a statement's heading, e.g. "China · Mr Zhang Jun · UNSC · S/PV.9500 · 7 December 2023". */
export function statementLine(statement: StatementMetadata): string {
  const date = oneLine(statement.date);
  return [
    delegationOf(statement),
    oneLine(statement.speaker),
    oneLine(statement.forum),
    oneLine(statement.meetingSymbol),
    date && formatDate(date),
  ]
    .filter((part) => part.length > 0)
    .join(" · ");
}
