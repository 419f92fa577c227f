import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cellDescription, cellLookup, matrixCsv, mixValues } from "./matrix-shape.ts";
import { delegationByTopic as matrix } from "./test-matrix.ts";

describe("the matrix's shape", () => {
  it("finds a cell by its row and column, commas and all", () => {
    const cell = cellLookup(matrix);
    expect(cell("Norland", "Piracy, at sea")?.count).toBe(3);
    expect(cell("Valdoria", "Nothing")).toBeUndefined();
  });

  it("lists the breakdown's values most counted first, with the taxonomy's words", () => {
    expect(mixValues(matrix).map((v) => [v.key, v.label, v.count])).toEqual([
      ["supports", "Supports", 8],
      ["opposes", "Opposes", 5],
      [null, "No stance", 2],
    ]);
  });

  it("says a cell's count and mix in words", () => {
    const cell = cellLookup(matrix);
    expect(cellDescription(cell("Norland", "Cybercrime")!, matrix)).toBe("9 annotations: 5 supports, 4 opposes");
    expect(cellDescription(cell("Valdoria", "Cybercrime")!, matrix)).toBe("1 annotation: 1 opposes");
    expect(cellDescription(cell("Valdoria", "Piracy, at sea")!, matrix)).toBe("2 annotations: 2 with no stance");
  });

  it("writes CSV with a row per row value, 0 for empty cells, and the totals", () => {
    expect(parse(matrixCsv(matrix))).toEqual([
      ["Delegation \\ Topic", "Cybercrime", "Piracy, at sea", "Total"],
      ["Norland", "9", "3", "12"],
      ["Valdoria", "1", "2", "3"],
      ["Total", "10", "5", "15"],
    ]);
  });

  it("guards labels that would run as formulas", () => {
    const evil = { ...matrix, rows: [{ key: "=cmd", label: "=cmd", count: 1 }], cells: [] };
    expect((parse(matrixCsv(evil)) as string[][])[1]?.[0]).toBe("'=cmd");
  });
});
