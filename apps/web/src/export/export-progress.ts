import type { ExportFormat } from "@verbatim/contract";

/** An export that finishes within this shows no progress bar: it would only flash. */
export const PROGRESS_DELAY_MS = 1000;
/** An estimate never reaches 100% before the last byte: the server may still be writing. */
export const PROGRESS_CAP = 0.99;

export interface ProgressSample {
  format: ExportFormat;
  /** `X-Export-Count`: how many annotations the server will write, when it says. */
  expected: number | null;
  /** Line breaks received so far. */
  lines: number;
  bytes: number;
  /** `Content-Length`, when the server knows the size in advance. */
  totalBytes: number | null;
}

/**
 * How far the download is, from 0 to PROGRESS_CAP, or null when there is no honest estimate (a Word brief is a
 * zip, Markdown and HTML have no fixed lines per excerpt). JSON and W3C put one annotation on each line, CSV
 * one row (a note with line breaks adds lines, which the cap absorbs).
 */
export function estimateProgress(s: ProgressSample): number | null {
  if (s.totalBytes !== null && s.totalBytes > 0) return capped(s.bytes / s.totalBytes);
  if (s.expected === null || s.expected <= 0) return null;
  if (s.format === "json" || s.format === "w3c") return capped(s.lines / s.expected);
  if (s.format === "csv") return capped(Math.max(s.lines - 1, 0) / s.expected);
  return null;
}

const LINE_FEED = 0x0a;

/** Line feeds in a chunk of UTF-8: the byte 0x0A never occurs inside a multi-byte character. */
export function countLineFeeds(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(LINE_FEED); i !== -1; i = chunk.indexOf(LINE_FEED, i + 1)) n++;
  return n;
}

/** A header holding a non-negative integer, or null. */
export function headerCount(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

function capped(fraction: number): number {
  return Math.min(Math.max(fraction, 0), PROGRESS_CAP);
}
