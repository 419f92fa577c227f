import type { AnalysisDimension } from "@verbatim/contract";
import type { MixValue } from "./matrix-shape.ts";

/**
 * Tableau's ten categorical colours (Observable Plot's default scheme too, so a bar in the table and a bar in a chart
 * read alike); they stay apart for the common colour-vision deficiencies better than hue steps, and every mix is
 * also said in words.
 */
export const PALETTE = [
  "#4e79a7",
  "#f28e2c",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc949",
  "#af7aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ab",
] as const;

/**
 * Stances keep one colour wherever they are drawn (the matrix's bars, every chart), from the same palette: agreeing
 * ones blue and green, objecting ones red and orange, the rest apart. Other values take the palette in legend order.
 */
const STANCE_COLOURS: Readonly<Record<string, string>> = {
  supports: PALETTE[0],
  welcomes: PALETTE[3],
  reaffirms: PALETTE[4],
  urges: PALETTE[6],
  concerned: PALETTE[1],
  opposes: PALETTE[2],
  condemns: PALETTE[8],
  notes: PALETTE[5],
};
const NO_VALUE = PALETTE[9];

/** Each value's colour: a stance's own, else by its place in the list; past the palette, values share its last colour. */
export function valueColours(dimension: AnalysisDimension, keys: readonly (string | null)[]): (key: string | null) => string {
  const byKey = new Map(
    keys.map((key, i) => {
      if (key === null) return [key, NO_VALUE];
      if (dimension === "stance" && STANCE_COLOURS[key]) return [key, STANCE_COLOURS[key]];
      return [key, PALETTE[Math.min(i, PALETTE.length - 1)]!];
    }),
  );
  return (key) => byKey.get(key) ?? PALETTE[PALETTE.length - 1]!;
}

/** The colours of a matrix's mix (its breakdown's values, in legend order). */
export function mixColours(dimension: AnalysisDimension, values: readonly MixValue[]): (key: string | null) => string {
  return valueColours(
    dimension,
    values.map((v) => v.key),
  );
}
