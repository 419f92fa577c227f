import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ImportPreview } from "@verbatim/contract";
import { normaliseText } from "@verbatim/core";

/** The import fixtures (fixtures/import/README.md): files as analysts receive them, each with what a correct import finds. */
export const CORPUS_DIR = path.join(import.meta.dirname, "../../../../fixtures/import");

export interface ExpectedTurn {
  speaker: string;
  delegation?: string;
  paragraphStarts?: string[];
}
export interface Expected {
  source: string;
  kind: "statement" | "record";
  metadata: Record<string, string>;
  headerLines: string[];
  paragraphStarts: string[];
  turns?: ExpectedTurn[];
}
export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  expected: Expected;
}

export function loadCorpus(): CorpusFile[] {
  const files = readdirSync(CORPUS_DIR);
  return files.flatMap((file) => {
    const name = /^(.+)\.(?:txt|md|html|docx|pdf)$/u.exec(file)?.[1];
    if (!name || !files.includes(`${name}.expected.json`)) return [];
    const expected = JSON.parse(readFileSync(path.join(CORPUS_DIR, `${name}.expected.json`), "utf8")) as Expected;
    return [{ name: file, bytes: new Uint8Array(readFileSync(path.join(CORPUS_DIR, file))), expected }];
  });
}

/** The fields the issue's figure counts: title, speaker, date and forum (and a record's meeting symbol). */
export const COUNTED_FIELDS = ["title", "speaker", "date", "forum", "meetingSymbol"] as const;

/** A paragraph's text without the list number the HTML path puts before an item ("1. "). */
const unnumbered = (text: string) => text.replace(/^\d{1,3}\.\s/u, "");

/**
 * A header line leaked when a paragraph is it, starts or ends with it, or (page furniture: a line with a digit, such as
 * "23-38765 (E)" or "3/28") holds it anywhere: furniture that a PDF's layout let into the middle of a paragraph.
 */
function leaks(paragraphs: readonly string[], line: string): boolean {
  const flat = normaliseText(line);
  const furniture = /\d/u.test(flat) && flat.length >= 4;
  return paragraphs.some((p) => p === flat || p.startsWith(`${flat} `) || p.endsWith(` ${flat}`) || (furniture && p.includes(` ${flat} `)));
}

export interface CorpusScore {
  name: string;
  headerLines: number;
  leaked: string[];
  fields: { field: string; expected: string; found: string | null }[];
  paragraphs: { expected: number; right: number };
  turns: { expected: number; found: number; wrong: string[] };
}

const startsRight = (texts: readonly string[], starts: readonly string[]) =>
  starts.filter((start, i) => unnumbered(texts[i] ?? "").startsWith(start)).length;

/** How one preview measures against what its fixture expects. */
export function scorePreview(file: CorpusFile, preview: ImportPreview): CorpusScore {
  const { expected } = file;
  const record = expected.kind === "record" ? preview.record : null;
  const paragraphs = record
    ? record.turns.flatMap((t) => t.paragraphs.map((p) => p.text))
    : preview.paragraphs.filter((p) => p.kind === "paragraph").map((p) => p.text);
  const found: Record<string, string | null | undefined> = record
    ? { forum: record.forum, date: record.date, meetingSymbol: record.symbol }
    : preview.metadata;
  const fields = COUNTED_FIELDS.filter((f) => expected.metadata[f] !== undefined).map((field) => ({
    field,
    expected: expected.metadata[field]!,
    found: found[field] ?? null,
  }));
  const turns = { expected: expected.turns?.length ?? 0, found: 0, wrong: [] as string[] };
  for (const [i, want] of (expected.turns ?? []).entries()) {
    const turn = record?.turns.find(
      (t) => t.speaker === want.speaker && (want.delegation === undefined || t.delegation === want.delegation),
    );
    if (turn) turns.found += 1;
    else turns.wrong.push(`${i}: ${want.speaker}${want.delegation ? ` (${want.delegation})` : ""}`);
  }
  const starts = record
    ? (expected.turns ?? []).map((want, i) => ({
        want: want.paragraphStarts ?? [],
        got: record.turns[i]?.paragraphs.map((p) => p.text) ?? [],
      }))
    : [{ want: expected.paragraphStarts, got: paragraphs }];
  return {
    name: file.name,
    headerLines: expected.headerLines.length,
    leaked: expected.headerLines.filter((line) => leaks(paragraphs, line)),
    fields,
    paragraphs: {
      expected: starts.reduce((n, s) => n + s.want.length, 0),
      right: starts.reduce((n, s) => n + startsRight(s.got, s.want), 0),
    },
    turns,
  };
}

/** The issue's figures over a corpus: shares of header lines leaked, fields found, turns found, boundaries right. */
export function corpusFigures(scores: readonly CorpusScore[]) {
  const sum = (f: (s: CorpusScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const fields = scores.flatMap((s) => s.fields);
  const byField = Object.fromEntries(
    COUNTED_FIELDS.map((field) => {
      const of = fields.filter((f) => f.field === field);
      return [field, { found: of.filter((f) => f.found === f.expected).length, of: of.length }];
    }),
  );
  return {
    files: scores.length,
    headerLines: { leaked: sum((s) => s.leaked.length), of: sum((s) => s.headerLines) },
    fields: { found: fields.filter((f) => f.found === f.expected).length, of: fields.length, byField },
    turns: { found: sum((s) => s.turns.found), of: sum((s) => s.turns.expected) },
    paragraphStarts: { right: sum((s) => s.paragraphs.right), of: sum((s) => s.paragraphs.expected) },
  };
}
