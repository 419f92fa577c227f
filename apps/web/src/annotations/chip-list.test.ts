import { describe, expect, it } from "vitest";
import { addChips, removeChip, splitChips } from "./chip-list.ts";
import { mergeLabels, suggestLabels } from "./label-vocabulary.ts";

describe("chips", () => {
  it("split typed text at commas and fold white space", () => {
    expect(splitChips(" cyber  crime, ,treaty ")).toEqual(["cyber crime", "treaty"]);
  });

  it("add without duplicates, taking the vocabulary's spelling", () => {
    expect(addChips(["Cyber"], "cyber, Priority, new one", ["priority"])).toEqual(["Cyber", "priority", "new one"]);
    expect(addChips([], "")).toEqual([]);
  });

  it("remove one chip", () => {
    expect(removeChip(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("label vocabulary", () => {
  const names = ["cybercrime", "priority", "crime prevention", "UNGA"];

  it("suggests names starting with the text first, then containing it, leaving out chosen ones", () => {
    expect(suggestLabels(names, "cri", [])).toEqual(["crime prevention", "cybercrime"]);
    expect(suggestLabels(names, "CRI", ["Crime Prevention"])).toEqual(["cybercrime"]);
    expect(suggestLabels(names, "", [], 2)).toEqual(["cybercrime", "priority"]);
  });

  it("merges newly used labels into the vocabulary, most used first", () => {
    const merged = mergeLabels(
      {
        items: [
          { name: "a", uses: 2 },
          { name: "b", uses: 1 },
        ],
      },
      ["b", "b", "c"],
    );
    expect(merged).toEqual({
      items: [
        { name: "a", uses: 2 },
        { name: "b", uses: 2 },
        { name: "c", uses: 1 },
      ],
    });
    expect(mergeLabels(undefined, ["x"])).toBeUndefined();
  });
});
