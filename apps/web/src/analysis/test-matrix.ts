import type { Matrix } from "@verbatim/contract";

/** Delegation × topic with the stance mix: fixed data for the unit tests, as the API would answer. */
export const delegationByTopic: Matrix = {
  rowsBy: "delegation",
  colsBy: "topic",
  breakdownBy: "stance",
  rows: [
    { key: "Norland", label: "Norland", count: 12 },
    { key: "Valdoria", label: "Valdoria", count: 3 },
  ],
  cols: [
    { key: "Cybercrime", label: "Cybercrime", count: 10 },
    { key: "Piracy, at sea", label: "Piracy, at sea", count: 5 },
  ],
  cells: [
    {
      row: "Norland",
      col: "Cybercrime",
      count: 9,
      breakdown: [
        { key: "supports", label: "supports", count: 5 },
        { key: "opposes", label: "opposes", count: 4 },
      ],
    },
    { row: "Norland", col: "Piracy, at sea", count: 3, breakdown: [{ key: "supports", label: "supports", count: 3 }] },
    { row: "Valdoria", col: "Piracy, at sea", count: 2, breakdown: [{ key: null, label: "(none)", count: 2 }] },
    { row: "Valdoria", col: "Cybercrime", count: 1, breakdown: [{ key: "opposes", label: "opposes", count: 1 }] },
  ],
  total: 15,
  truncated: { rows: false, cols: false },
};

/** Month × kind, with a month missing between the two the API lists. */
export const kindsByMonth: Matrix = {
  rowsBy: "month",
  colsBy: "kind",
  breakdownBy: "stance",
  rows: [
    { key: "2024-03", label: "2024-03", count: 2 },
    { key: "2024-01", label: "2024-01", count: 1 },
  ],
  cols: [
    { key: "commitment", label: "commitment", count: 2 },
    { key: "cross-reference", label: "cross-reference", count: 1 },
  ],
  cells: [
    { row: "2024-01", col: "commitment", count: 1, breakdown: [{ key: null, label: "No stance", count: 1 }] },
    { row: "2024-03", col: "commitment", count: 1, breakdown: [{ key: null, label: "No stance", count: 1 }] },
    { row: "2024-03", col: "cross-reference", count: 1, breakdown: [{ key: null, label: "No stance", count: 1 }] },
  ],
  total: 3,
  truncated: { rows: false, cols: false },
};
