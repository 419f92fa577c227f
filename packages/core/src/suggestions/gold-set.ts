import { detectSuggestions } from "./detect-suggestions.ts";
import { type GoldStatement, parseGoldStatement } from "./gold-labels.ts";
import { type GoldScore, scoreGold } from "./gold-score.ts";
import type { InstrumentEntry } from "./suggestion.ts";

/** A gold file as read from disk: its name and its text (the caller reads; core does no I/O). */
export interface GoldFile {
  name: string;
  source: string;
}

/** Runs the detector over gold statements and scores it (fixtures/suggestions/README.md says how they were labelled). */
export function measureGoldSet(
  files: readonly GoldFile[],
  instruments: readonly InstrumentEntry[],
): { statements: GoldStatement[]; score: GoldScore } {
  const statements = files.map((file) => parseGoldStatement(file.name, file.source));
  const runs = statements.map((gold) => ({
    gold,
    suggestions: detectSuggestions({ ...gold, instruments }),
  }));
  return { statements, score: scoreGold(runs, instruments) };
}
