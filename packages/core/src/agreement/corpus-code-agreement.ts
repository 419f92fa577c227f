import { gwetAc1, type GwetAc1Result } from "./gwet-ac1.ts";
import { krippendorffAlpha, type KrippendorffAlphaResult } from "./krippendorff-alpha.ts";
import type { MaybeValue } from "./nominal-value.ts";

/** One statement as corpus agreement reads it: its paragraphs, who tagged it, and their annotations' codes by ID. */
export interface CodedStatement {
  paragraphIds: readonly string[];
  annotations: readonly { authorId: string; paragraphIds: readonly string[]; codeIds: readonly string[] }[];
}

export interface CorpusCodeFigures {
  codeId: string;
  alpha: KrippendorffAlphaResult;
  ac1: GwetAc1Result;
  /** Paragraph × code units counted: the paragraphs of statements that two or more people tagged. */
  units: number;
  /** Units at least one of them coded with it. */
  taggedByAny: number;
  /** Statements it was counted over, and the people who coded them. */
  statements: number;
  annotators: number;
}

/**
 * Agreement on each code across the corpus, for the codebook page: the units of codeAgreement (paragraph × code,
 * 1 when a person's tag touching the paragraph carries the code, else 0) over every statement that two or more
 * people tagged, each unit coded by that statement's taggers only. Someone who never tagged a statement has no value
 * for its units (missing, not 0), which Krippendorff's α and Gwet's AC1 both allow; Cohen's κ, which needs the same
 * two raters throughout, is left out. Codes no one used on such a statement have no figures.
 */
export function corpusCodeAgreement(statements: readonly CodedStatement[]): CorpusCodeFigures[] {
  const people = new Map<string, number>();
  const shared = statements.filter((s) => new Set(s.annotations.map((a) => a.authorId)).size >= 2);
  for (const s of shared) for (const a of s.annotations) if (!people.has(a.authorId)) people.set(a.authorId, people.size);
  const units = new Map<string, { values: MaybeValue[][]; statements: number; annotators: Set<string> }>();
  for (const s of shared) {
    const taggers = [...new Set(s.annotations.map((a) => a.authorId))];
    const tagged = new Set<string>();
    const codes = new Set<string>();
    for (const a of s.annotations) {
      for (const codeId of a.codeIds) {
        codes.add(codeId);
        for (const p of a.paragraphIds) tagged.add(`${codeId}\n${p}\n${a.authorId}`);
      }
    }
    for (const codeId of codes) {
      const entry = units.get(codeId) ?? { values: [], statements: 0, annotators: new Set<string>() };
      entry.statements += 1;
      for (const t of taggers) entry.annotators.add(t);
      for (const p of s.paragraphIds) {
        const row: MaybeValue[] = Array.from({ length: people.size }, () => null);
        for (const t of taggers) row[people.get(t)!] = tagged.has(`${codeId}\n${p}\n${t}`) ? 1 : 0;
        entry.values.push(row);
      }
      units.set(codeId, entry);
    }
  }
  return [...units].map(([codeId, u]) => ({
    codeId,
    alpha: krippendorffAlpha(u.values),
    ac1: gwetAc1(u.values),
    units: u.values.length,
    taggedByAny: u.values.filter((row) => row.some((v) => v === 1)).length,
    statements: u.statements,
    annotators: u.annotators.size,
  }));
}
