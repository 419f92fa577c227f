import { describe, expect, it } from "vitest";
import { ruleRows } from "./rule-figures.ts";

describe("ruleRows", () => {
  it("counts what was kept (accepted, not rejected since) out of what was decided, the most decided rule first", () => {
    const rows = ruleRows([
      { rule: "position-urges", kind: "position", accepted: 1, dismissed: 3, rejected: 0 },
      { rule: "un-symbol", kind: "cross-reference", accepted: 9, dismissed: 1, rejected: 1 },
      { rule: "commitment-ready", kind: "commitment", accepted: 0, dismissed: 0, rejected: 0 },
    ]);
    expect(rows.map((r) => [r.rule, r.kept, r.decided, r.keptShare])).toEqual([
      ["un-symbol", 8, 10, 0.8],
      ["position-urges", 1, 4, 0.25],
      ["commitment-ready", 0, 0, null],
    ]);
  });
});
