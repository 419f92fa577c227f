import { describe, expect, it } from "vitest";
import { furnitureReason, repeatKey, symbolsIn } from "./furniture-patterns.ts";

describe("page furniture shapes", () => {
  it.each([
    ["7/28", "page-number"],
    ["12", "page-number"],
    ["- 3 -", "page-number"],
    ["Page 4 of 12", "page-number"],
    ["23-38765 (E)", "job-number"],
    ["23-38765", "job-number"],
    ["GE.23-17654(E)", "job-number"],
    ["V.23-09876 (E) 190523 220523", "job-number"],
    ["*2338765*", "job-number"],
    ["S/PV.9500", "document-symbol"],
    ["A/78/PV.5", "document-symbol"],
    ["E/CN.15/2023/L.5", "document-symbol"],
    ["A/78/650–S/2023/950", "document-symbol"],
  ])("%s is %s", (text, reason) => {
    expect(furnitureReason(text)).toBe(reason);
  });

  it.each(["07/12/2023", "Distr.: General", "The President", "http://documents.un.org", "and/or", "UN/DESA", "2023"])(
    "%s is not, by its shape alone",
    (text) => {
      expect(furnitureReason(text) === "document-symbol" || furnitureReason(text) === "job-number").toBe(false);
    },
  );

  it("reads both symbols of a joint document, and none from a longer text", () => {
    expect(symbolsIn("A/78/650–S/2023/950")).toEqual(["A/78/650", "S/2023/950"]);
    expect(symbolsIn("see S/PV.9500")).toEqual([]);
  });

  it("folds digits so page 7's header matches page 8's", () => {
    expect(repeatKey("7/28  23-38765")).toBe(repeatKey("8/28 23-38765"));
  });

  it("stays linear on long lookalikes", () => {
    expect(furnitureReason(`A/${"1/".repeat(100_000)}`)).toBeNull();
    expect(symbolsIn(`${"A/1".repeat(50)}–`.repeat(2000))).toEqual([]);
  });
});
