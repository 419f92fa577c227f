import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvTable } from "./csv-table.ts";

describe("csvTable", () => {
  it("writes a header row and the rows, CRLF after each", () => {
    expect(
      csvTable(
        ["Delegation", "Total"],
        [
          ["Norland", 3],
          ["Valdoria", 12],
        ],
      ),
    ).toBe("Delegation,Total\r\nNorland,3\r\nValdoria,12\r\n");
  });

  it("quotes cells with commas, quotes or line breaks, so a parser reads them back whole", () => {
    const text = csvTable(["name", "note"], [['Group of 77, and "China"', "two\nlines"]]);
    expect(text).toBe('name,note\r\n"Group of 77, and ""China""","two\nlines"\r\n');
    expect(parse(text)).toEqual([
      ["name", "note"],
      ['Group of 77, and "China"', "two\nlines"],
    ]);
  });

  it("guards text that a spreadsheet would run as a formula, but not numbers", () => {
    const [, row] = parse(csvTable(["a", "b", "c"], [['=HYPERLINK("x")', "@SUM(A1)", -3]])) as string[][];
    expect(row).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)", "-3"]);
  });

  it("writes nothing for a missing cell", () => {
    expect(csvTable(["a", "b"], [[null, undefined]])).toBe("a,b\r\n,\r\n");
  });
});
