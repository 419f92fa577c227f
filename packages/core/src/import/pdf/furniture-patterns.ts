import type { DropReason } from "../types.ts";

// What UN documents print around the text, one pattern per shape. Each is anchored and linear: no quantified group
// holds anything that could also match its neighbour, so no input makes them backtrack.

/** A UN document symbol: "S/PV.9500", "A/78/PV.5", "E/CN.15/2023/L.5", "A/HRC/54/NGO/45". */
const SYMBOL = /^[A-Z][A-Za-z]{0,9}(?:\/[A-Za-z0-9.()-]{1,24}){1,8}$/;
/** A page number: "7", "7/28", "- 7 -", "Page 7", "Page 7 of 28". */
const PAGE_NUMBER = /^(?:(?:Page|page|p\.) ?)?-? ?\d{1,4}(?: ?(?:\/|of) ?\d{1,4})? ?-?$/;
/** A job number, with the issue and reprint dates that may follow it: "23-38765 (E)", "GE.23-17654(E)", "V.23-09876 (E) 190523 220523". */
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}(?: ?\([A-Z]\))?(?: \d{6}){0,2}$/;
/** The job number's barcode line: "*2338765*". */
const BARCODE = /^\*\d{6,10}\*$/;

/** The symbols a segment holds ("A/78/650–S/2023/950" holds two), or none if it is not only symbols. */
export function symbolsIn(text: string): string[] {
  if (text.length > 120) return [];
  const parts = text.split(/ ?[–—] ?/);
  return parts.every((p) => SYMBOL.test(p) && /\d/.test(p)) ? parts : [];
}

/** Why a segment of a top or bottom line is page furniture whatever the other pages hold, or null. */
export function furnitureReason(text: string): DropReason | null {
  if (text.length > 120) return null;
  if (PAGE_NUMBER.test(text)) return "page-number";
  if (JOB_NUMBER.test(text) || BARCODE.test(text)) return "job-number";
  if (symbolsIn(text).length > 0) return "document-symbol";
  return null;
}

/** A line's shape with its digits folded, so "7/28" on page 7 and "8/28" on page 8 count as the same running line. */
export const repeatKey = (text: string): string => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
