import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { axisOrder, cellData, chartCsv, fillPeriods, gridOf, limitMatrix, timeCsv, timeData, timeGrid } from "./chart-data.ts";
import { delegationByTopic, kindsByMonth } from "./test-matrix.ts";

describe("the charts' data", () => {
  it("labels each non-empty cell, and keeps the matrix's order for the axes", () => {
    expect(cellData(delegationByTopic)).toContainEqual({ row: "Norland", col: "Piracy, at sea", count: 3 });
    expect(cellData(delegationByTopic)).toHaveLength(4);
    expect(axisOrder(delegationByTopic)).toEqual({ rows: ["Norland", "Valdoria"], cols: ["Cybercrime", "Piracy, at sea"] });
  });

  it("puts periods in time order, a period with nothing at 0", () => {
    const data = timeData(kindsByMonth);
    expect(data.map((d) => d.period)).toEqual(["2024-01", "2024-01", "2024-02", "2024-02", "2024-03", "2024-03"]);
    expect(data.filter((d) => d.series === "Commitment").map((d) => d.count)).toEqual([1, 0, 1]);
    expect(data.filter((d) => d.series === "Cross-reference").map((d) => d.count)).toEqual([0, 0, 1]);
  });

  it("fills years and months across a year's end, and leaves other keys as they are", () => {
    expect(fillPeriods(["2023-11", "2024-02"], true)).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(fillPeriods(["2019", "2021"], false)).toEqual(["2019", "2020", "2021"]);
    expect(fillPeriods(["a", "b"], false)).toEqual(["a", "b"]);
    expect(fillPeriods([], true)).toEqual([]);
  });

  it("writes a chart's data as long-form CSV with a header row", () => {
    const rows = parse(chartCsv(delegationByTopic)) as string[][];
    expect(rows[0]).toEqual(["Delegation", "Topic", "Annotations"]);
    expect(rows).toContainEqual(["Norland", "Cybercrime", "9"]);
    expect(parse(timeCsv(kindsByMonth))[0]).toEqual(["Month", "Kind", "Annotations"]);
  });
});

describe("the charts' tables", () => {
  it("cut a matrix to its most counted rows and columns, with their cells", () => {
    const { matrix, cut } = limitMatrix(delegationByTopic, 1);
    expect(cut).toBe(true);
    expect(matrix.rows.map((r) => r.key)).toEqual(["Norland"]);
    expect(matrix.cells).toEqual([delegationByTopic.cells[0]]);
    expect(limitMatrix(delegationByTopic).cut).toBe(false);
  });

  it("list every row with a count per column, 0 where none", () => {
    expect(gridOf(delegationByTopic)).toEqual({
      header: ["Delegation", "Cybercrime", "Piracy, at sea"],
      rows: [
        { label: "Norland", counts: [9, 3] },
        { label: "Valdoria", counts: [1, 2] },
      ],
    });
    expect(timeGrid(kindsByMonth).rows).toEqual([
      { label: "2024-01", counts: [1, 0] },
      { label: "2024-02", counts: [0, 0] },
      { label: "2024-03", counts: [1, 1] },
    ]);
  });
});
